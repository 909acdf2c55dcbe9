"""The seven roles in support of systems change, defined once for the whole application.

Source: Communagir's reference frame (« Quels rôles jouons-nous ? »), whose terminology is adapted
from Sinha & Draimin (2016), *Mapping momentum*. Every screen, export and archive key reads them
here, and `heading` and `source` are how they are introduced and credited wherever they are shown
(projector, minutes, help)."""
from __future__ import annotations

from dataclasses import dataclass

from .catalogue import text


@dataclass(frozen=True)
class Role:
    key: str
    label_fr: str
    label_en: str
    description_fr: str
    description_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_fr

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_fr


ROLES: tuple[Role, ...] = (
    Role("animateur", "Animateur", "Convener",
         "Invite à se connecter et à apprendre",
         "Invites people to connect and learn"),
    Role("accelerateur", "Accélérateur", "Accelerator",
         "Supporte le développement des compétences",
         "Supports the development of skills"),
    Role("experimentateur", "Expérimentateur", "Experimenter",
         "Réalise et accompagne les projets",
         "Carries out and supports projects"),
    Role("eclaireur", "Éclaireur", "Scout",
         "Éclaire les tendances émergentes",
         "Sheds light on emerging trends"),
    Role("entrepreneur", "Entrepreneur", "Entrepreneur",
         "Crée des conditions pour l'action",
         "Creates the conditions for action"),
    Role("facilitateur", "Facilitateur", "Facilitator",
         "Crée des espaces de collaboration",
         "Creates spaces for collaboration"),
    Role("developpeur", "Développeur", "Developer",
         "Crée des connaissances",
         "Creates knowledge"),
)

ROLE_KEYS: tuple[str, ...] = tuple(r.key for r in ROLES)
_BY_KEY = {r.key: r for r in ROLES}

#: Levels a role can be held at, current or desired.
LEVELS: tuple[int, ...] = (0, 1, 2, 3)
#: The title of the work cited in `source` (set in italics where the format allows).
SOURCE_WORK = "Mapping momentum"


def heading(lang: str) -> str:
    """How the roles are introduced: the reference frame speaks of roles « en soutien au
    changement systémique », not of « the » roles of systems change."""
    return text("roles_heading", "en" if lang == "en" else "fr")


def source(lang: str) -> str:
    """Where the roles come from, said wherever they are shown."""
    return text("roles_source", "en" if lang == "en" else "fr")


def role(key: str) -> Role:
    """The role with this key; KeyError names the key when unknown."""
    return _BY_KEY[key]


def level_label(level: int, lang: str) -> str:
    return text(f"role_level_{LEVELS[level]}", "en" if lang == "en" else "fr")
