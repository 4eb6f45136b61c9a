### English: the safety plan's sections (Stanley and Brown's steps), each
### with the prompt under its title (src-tauri/core/src/safety/plan.rs).

plan-section-warning-signs = Warning signs
    .prompt = Thoughts, feelings or situations that tell me a hard time may be starting.
plan-section-coping-strategies = Things I can do on my own
    .prompt = What helps me take my mind off things without anyone else: a walk, music, a shower, breathing.
plan-section-distractions = People and places that take my mind off things
    .prompt = Where I can go and who I can be around, without having to talk about how I feel.
plan-section-people-to-ask = People I can ask for help
    .prompt = People I can tell that I'm struggling.
plan-section-professionals = Professionals I can contact
    .prompt = My therapist, my doctor, an out-of-hours service.
plan-section-safe-environment = Making where I am safer
    .prompt = Medicines, sharp objects, a firearm, or anything else I could hurt myself with: what I can lock away or get rid of, and who I can ask to hold it for now.
plan-section-reasons-for-living = What matters to me
    .prompt = The people, things and hopes worth staying for.

## Crisis help that works anywhere (src-tauri/core/src/safety/crisis.rs)

# The emergency line every plan ends with, and its note.
# The hours most crisis lines in the table share (they are compared with
# this English to find them, so it must stay as the table writes it).
crisis-hours-always = 24 hours, every day
crisis-emergency-services = Emergency services
    .note = If you are in danger right now.
# While no region is known: the one line that works, and where to find the rest.
crisis-fallback-note = 112 reaches emergency services from a mobile phone in many countries, including all of the EU.
crisis-fallback-directory-note = A free directory of crisis lines for most countries. Type the address into a web browser.
# A plan's only line while no region is known.
crisis-fallback-plan-line = 112 reaches emergency services from a mobile phone in many countries. For a crisis line where you live, findahelpline.com lists them by country: add its number here.
