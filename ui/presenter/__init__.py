"""The projector window (« Vue salle ») and the views it can show.

Each view module calls `ui.presenter.window.register_view(key, title, factory)` when imported;
`load_views()` imports the modules listed here (a missing one is skipped)."""
from __future__ import annotations

import importlib

VIEW_MODULES = [
    "facilitator_ui.presenter.agenda_view",    # current item, big timer, next item (issue: agenda)
    "facilitator_ui.presenter.wall_view",      # the idea wall (issue: ideas)
    "facilitator_ui.presenter.results_view",   # vote results after « Révéler » (issue: dot-voting)
    "facilitator_ui.presenter.roles_view",     # the role wheel and heat map (issue: role map)
    "facilitator_ui.presenter.join_view",      # the open room's QR code and address (issue 15)
]


def load_views() -> None:
    for name in VIEW_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
