### Deutsch: Fehler, in einfachen Worten. $detail sind SQLites eigene Worte.

error-newer-schema = Dieses Tagebuch wurde mit einer neueren Version von Interlude gespeichert (Datenversion { $found }; diese Version versteht bis { $supported }). Es wurde nichts verändert. Bitte aktualisiere Interlude, um es zu öffnen.
error-disk-full = Der Speicherplatz ist voll, deshalb konnte nichts gespeichert werden. Schaffe etwas Platz und versuche es noch einmal.
error-corrupt = Die Tagebuchdatei scheint beschädigt oder ist kein Interlude-Tagebuch. Es wurde nichts verändert. ({ $detail })
error-storage = Beim Speichern oder Lesen deines Tagebuchs ist etwas schiefgegangen. ({ $detail })
error-locked = Dieses Tagebuch ist gesperrt. Entsperre es, um weiterzumachen.
error-wrong-key = Mit dieser Passphrase lässt sich das Tagebuch nicht öffnen. Es wurde nichts verändert; versuche es bitte noch einmal.
