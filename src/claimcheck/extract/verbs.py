"""The verbs claims hang on, each with its predicate and family.

A family groups verbs that state the same kind of thing, so two outlets' wordings align:
`noted`, `stressed`, `emphasized` and `underlined` are one family (`note`); `expressed
satisfaction` and `expressed gratitude` are two (`express_satisfaction`, `express_gratitude`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

VerbKind = Literal["meeting", "visit", "statement"]


@dataclass(frozen=True, slots=True)
class VerbRule:
    """One verb form: the pattern, the claim kind it makes, its predicate and family."""

    pattern: str
    kind: VerbKind
    predicate: str
    family: str


_ADV = r"(?:(?:also|then|further|once again|again|highly|positively|particularly|strongly|"
_ADV += r"briefly|repeatedly|warmly|separately|later|earlier|first)\s+)?"

RULES: tuple[VerbRule, ...] = (
    # meetings: `X met with Y`, `X held talks with Y`, `X received Y`, `Y was received by X`
    VerbRule(r"(?:was|were)\s+received\s+by", "meeting", "received by", "meet"),
    VerbRule(
        r"held\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:meetings?|talks|negotiations|"
        r"(?:(?:tele)?phone\s+)?(?:calls?|conversations?))\s+with",
        "meeting",
        "met",
        "meet",
    ),
    VerbRule(
        r"had\s+(?:a\s+)?(?:\w+\s+)?(?:meeting|talks|conversation)\s+with", "meeting", "met", "meet"
    ),
    VerbRule(
        r"(?:held|hold|had)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:meeting|talks|negotiations)"
        r"(?!\s+with)",
        "meeting",
        "met",
        "meet",
    ),
    VerbRule(
        r"(?:spoke|speaks|talked|talks)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\s+with",
        "meeting",
        "met",
        "meet",
    ),
    VerbRule(r"(?:met|meets|meeting|sat\s+down)(?:\s+with)?", "meeting", "met", "meet"),
    VerbRule(r"(?:received|receives|hosted|hosts)", "meeting", "received", "meet"),
    # visits
    VerbRule(r"paid\s+(?:a|an)\s+(?:\w+\s+){0,2}visit\s+to", "visit", "visited", "visit"),
    VerbRule(
        r"(?:is|was|are|were)\s+on\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,2}visit\s+to",
        "visit",
        "on a visit to",
        "visit",
    ),
    VerbRule(r"(?:visited|visits|visiting|toured|tours)", "visit", "visited", "visit"),
    VerbRule(r"(?:arrived|arrives)\s+in", "visit", "arrived in", "visit"),
    VerbRule(r"laid\s+(?:a\s+)?wreaths?\s+(?:at|to)", "visit", "laid a wreath at", "visit"),
    VerbRule(r"(?:attended|attends)", "visit", "attended", "visit"),
    # statements
    VerbRule(
        r"expressed|expressing|expresses|voiced|extended", "statement", "expressed", "express"
    ),
    VerbRule(
        r"condoled|offered\s+condolences",
        "statement",
        "expressed condolences",
        "express_condolences",
    ),
    VerbRule(r"thanked|thanking", "statement", "thanked", "express_gratitude"),
    VerbRule(
        r"(?:highly\s+)?(?:appreciated|valued|praised|commended|lauded|hailed|positively\s+"
        r"assessed|spoke\s+highly\s+of)",
        "statement",
        "praised",
        "praise",
    ),
    VerbRule(
        r"(?:noted|notes|noting|stressed|stresses|stressing|emphasi[sz]ed|emphasi[sz]es|"
        r"emphasi[sz]ing|underlined|underlines|underlining|underscored|highlighted|"
        r"highlights|highlighting|pointed\s+out|mentioned|reiterated|recalled)",
        "statement",
        "noted",
        "note",
    ),
    VerbRule(
        r"(?:said|says|saying|stated|states|stating|told|tells|added|adds|adding|declared|"
        r"remarked|spoke\s+(?:about|of|on)|speaking\s+(?:about|of|on))",
        "statement",
        "said",
        "say",
    ),
    VerbRule(r"(?:informed|informs|briefed|briefs|updated)", "statement", "informed", "inform"),
    VerbRule(
        r"(?:called|calls|described|describes|dubbed|branded|termed)(?!\s+(?:for|on)\b)",
        "statement",
        "called",
        "say",
    ),
    VerbRule(
        r"(?:discussed|discusses|discussing|exchanged\s+views|talked\s+about)",
        "statement",
        "discussed",
        "discuss",
    ),
    VerbRule(r"(?:welcomed|welcomes|welcoming|greeted|greets)", "statement", "welcomed", "welcome"),
    VerbRule(
        r"(?:called\s+(?:for|on)|calls\s+(?:for|on)|urged|urges)", "statement", "called for", "call"
    ),
    VerbRule(r"(?:warned|warns)", "statement", "warned", "warn"),
    VerbRule(r"(?:announced|announces)", "statement", "announced", "announce"),
    VerbRule(r"(?:condemned|condemns|denounced)", "statement", "condemned", "condemn"),
    VerbRule(r"(?:wished|wishes)", "statement", "wished", "wish"),
    VerbRule(r"(?:prayed|prays)\s+for", "statement", "prayed for", "pray"),
    VerbRule(r"(?:congratulated|congratulates)", "statement", "congratulated", "congratulate"),
    VerbRule(r"(?:agreed|agrees)", "statement", "agreed", "agree"),
    VerbRule(r"(?:denied|denies|rejected|rejects)", "statement", "denied", "deny"),
    VerbRule(r"(?:accused|accuses)", "statement", "accused", "accuse"),
    VerbRule(r"(?:confirmed|confirms)", "statement", "confirmed", "confirm"),
)

VERB_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{rule.pattern})" for i, rule in enumerate(RULES)) + r")\b",
    re.IGNORECASE,
)
"""Every verb form at once; the named group says which rule matched."""


def rule_of(match: re.Match[str]) -> VerbRule:
    return RULES[int(match.lastgroup[1:])]


EXPRESSED_OBJECTS: dict[str, str] = {
    "satisfaction": "satisfaction",
    "gratitude": "gratitude",
    "thanks": "gratitude",
    "appreciation": "gratitude",
    "condolences": "condolences",
    "condolence": "condolences",
    "sympathy": "condolences",
    "sympathies": "condolences",
    "concern": "concern",
    "concerns": "concern",
    "alarm": "concern",
    "hope": "hope",
    "hopes": "hope",
    "support": "support",
    "solidarity": "support",
    "confidence": "confidence",
    "readiness": "readiness",
    "willingness": "readiness",
    "regret": "regret",
    "interest": "interest",
    "pleasure": "satisfaction",
}
"""`expressed his deepest condolences` -> family `express_condolences`."""

_EXPRESSED_OBJECT = re.compile(
    r"^\s*(?:(?:his|her|their|its|the|a|an|deep|deepest|sincere|profound|great|strong|full|"
    r"firm|serious|heartfelt|warm|particular|special|once again|again|also)\s+)*"
    r"(?P<noun>[a-z]+)"
)


def expressed_family(rest: str) -> tuple[str, str] | None:
    """(family, noun) for the words after `expressed`, or None when it expresses nothing known."""
    match = _EXPRESSED_OBJECT.match(rest)
    if not match:
        return None
    noun = EXPRESSED_OBJECTS.get(match.group("noun"))
    return (f"express_{noun}", match.group("noun")) if noun else None


PASSIVE_RE = re.compile(
    r"\b(?:[Ii]t\s+(?:was|has\s+been|is)\s+(?:also\s+)?(?P<it>noted|stressed|emphasi[sz]ed|"
    r"underlined|mentioned|stated|said|highlighted|pointed\s+out|underscored|reported)\s+that"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:highly\s+)?(?P<np>appreciated|"
    r"commended|praised|discussed|noted|welcomed|emphasi[sz]ed|stressed|considered|reviewed|"
    r"exchanged|valued|hailed)"
    r"|(?<=\s)(?P<held>(?:was|were)\s+held)(?=\s*(?:[.,;]|$))"
    r"|received\s+(?:high\s+)?(?P<recv>commendation|praise))\b"
)
"""Passive statements: `It was noted that …`, `… was highly appreciated`, `… were discussed`."""

PASSIVE_FAMILY = {
    "noted": "note", "stressed": "note", "emphasized": "note", "emphasised": "note",
    "underlined": "note", "mentioned": "note", "stated": "say", "said": "say",
    "highlighted": "note", "pointed out": "note", "underscored": "note", "reported": "say",
    "appreciated": "praise", "commended": "praise", "praised": "praise", "valued": "praise",
    "hailed": "praise", "commendation": "praise", "praise": "praise", "discussed": "discuss",
    "considered": "discuss", "reviewed": "discuss", "exchanged": "discuss", "held": "discuss",
    "welcomed": "welcome", "was held": "discuss", "were held": "discuss",
}  # fmt: skip
