"""When the 72 hours to notify a breach run out, from the day and time the user gives (issue 15, ninth session).

"The MSP told us on Friday at 5:40 pm; does the 72-hour clock stop over the weekend?" The hours are calendar hours
(Regulation 1182/71, art. 3): 72 hours from Friday 5:40 pm end on Monday 5:40 pm. Only the day and time the question
gives are used; without both, no sentence.
"""

from __future__ import annotations

import re

from assistant.text import fold

DAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NAMES = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
         "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
_DAY = r"(" + "|".join(DAYS) + r")"
# "friday 5:40pm", "vendredi à 17h40", "friday at 17:40", "vendredi 18 h"
_WHEN = re.compile(rf"\b{_DAY}\b[^.;?!\d]{{0,20}}?(?:a |at |vers |around |about )?(\d{{1,2}})(?:\s?[h:.]\s?(\d{{2}})?)?\s?(am|pm|a\.m\.|p\.m\.)?")
_SEVENTY_TWO = re.compile(r"\b72\s?(h|heures|hours?|hrs?)\b")
_BREACH = re.compile(r"\b(violation|breach\w*|fuite|leak\w*|incident|cnil|autorite|authority|ico|notif\w*)\b")


def deadline_sentence(question: str, lang: str) -> str | None:
    low = fold(question)
    if not (_SEVENTY_TWO.search(low) and _BREACH.search(low)):
        return None
    m = _WHEN.search(low)
    if m is None:
        return None
    day, hour, minute, half = DAYS[m.group(1)], int(m.group(2)), int(m.group(3) or 0), (m.group(4) or "").replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    end = NAMES[lang if lang in NAMES else "en"][(day + 3) % 7]
    start = NAMES[lang if lang in NAMES else "en"][day]
    if lang == "fr":
        at = f"{hour} h {minute:02d}"
        return (f"Comptées en heures calendaires à partir du moment où vous avez eu connaissance de la violation, soit "
                f"{start} {at}, les 72 heures s'achèvent {end} à {at} : le week-end et les jours fériés ne les suspendent pas.")
    h12 = hour % 12 or 12
    at = f"{h12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    return (f"Counted in calendar hours from when you became aware of the breach, {start} {at}, the 72 hours end on "
            f"{end} at {at}: weekends and public holidays do not pause them.")
