### English: the PHQ-9 and GAD-7 as published (src-tauri/core/src/therapy/measures.rs).
### Items, answers, the closing question and the attribution are the
### published wording: a translation must use the official version
### (docs/design.md, "Clinical sources"), never its own.

## PHQ9

measure-phq9-title = PHQ-9
measure-phq9-name = Patient Health Questionnaire (PHQ-9)
measure-phq9-why = Nine questions about the last two weeks. Filled in now and then, they show how your mood is moving — something you and your therapist can look at together.
measure-phq9-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
measure-phq9-item-1 = Little interest or pleasure in doing things
measure-phq9-item-2 = Feeling down, depressed, or hopeless
measure-phq9-item-3 = Trouble falling or staying asleep, or sleeping too much
measure-phq9-item-4 = Feeling tired or having little energy
measure-phq9-item-5 = Poor appetite or overeating
measure-phq9-item-6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
measure-phq9-item-7 = Trouble concentrating on things, such as reading the newspaper or watching television
measure-phq9-item-8 = Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
measure-phq9-item-9 = Thoughts that you would be better off dead or of hurting yourself in some way
measure-phq9-difficulty = If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-phq9-band-minimal = Minimal: few signs of low mood
    .reader = minimal symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-phq9-band-mild = Mild: some signs of low mood
    .reader = mild symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-phq9-band-moderate = Moderate: low mood has been weighing on you
    .reader = moderate symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-phq9-band-moderately-severe = Moderately severe: low mood has been weighing on you a lot
    .reader = moderately severe symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-phq9-band-severe = Severe: low mood has been very heavy lately
    .reader = severe symptoms

## GAD7

measure-gad7-title = GAD-7
measure-gad7-name = Generalized Anxiety Disorder scale (GAD-7)
measure-gad7-why = Seven questions about worry and tension over the last two weeks, to see how anxiety is moving over time.
measure-gad7-stem = Over the last 2 weeks, how often have you been bothered by the following problems?
measure-gad7-item-1 = Feeling nervous, anxious or on edge
measure-gad7-item-2 = Not being able to stop or control worrying
measure-gad7-item-3 = Worrying too much about different things
measure-gad7-item-4 = Trouble relaxing
measure-gad7-item-5 = Being so restless that it is hard to sit still
measure-gad7-item-6 = Becoming easily annoyed or irritable
measure-gad7-item-7 = Feeling afraid as if something awful might happen
measure-gad7-difficulty = If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-gad7-band-minimal = Minimal: few signs of anxiety
    .reader = minimal symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-gad7-band-mild = Mild: some signs of anxiety
    .reader = mild symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-gad7-band-moderate = Moderate: anxiety has been weighing on you
    .reader = moderate symptoms
# A band of scores: for the person, then (.reader) for the brief's reader.
measure-gad7-band-severe = Severe: anxiety has been very heavy lately
    .reader = severe symptoms

## The answers, as published (both questionnaires)

measure-answer-0 = Not at all
measure-answer-1 = Several days
measure-answer-2 = More than half the days
measure-answer-3 = Nearly every day
measure-difficulty-0 = Not difficult at all
measure-difficulty-1 = Somewhat difficult
measure-difficulty-2 = Very difficult
measure-difficulty-3 = Extremely difficult

# The notice both questionnaires carry, exactly as published.
measure-attribution = Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.
