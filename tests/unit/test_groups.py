"""The armed groups gazetteer: valid countries, one group per name, no clash with the other known actors."""

from __future__ import annotations

import pycountry

from service import gazetteer


def test_armed_groups_data_is_consistent():
    codes = {c.alpha_3 for c in pycountry.countries}
    known = gazetteer.known_actors()
    seen: dict[str, str] = {}
    for group in gazetteer.armed_groups():
        assert group.country is None or group.country in codes, group.name
        assert set(group.active_in) <= codes and (group.country is None or group.country in group.active_in)
        for form in (*group.names, *group.cued):
            key = " ".join(form.replace("’", "'").replace("-", " ").lower().split())
            assert seen.setdefault(key, group.name) == group.name, form  # one group per name
        for name in group.names:
            assert known[name.lower()].name == group.name, name  # no clash with actors.json or the parties
        for short in group.cued:
            assert short.lower() not in known or known[short.lower()].name == group.name, short
