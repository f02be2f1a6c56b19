"""Live sessions in one process: random concurrent edits on 2–3 peers converge to one valid map."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_peers import Network, Peer, assert_converged, comparable, deliver_all, make_peers
from pycrdt import Doc

from journeymapper.live.shared_doc import materialise, populate
from journeymapper.model import edits
from journeymapper.model.commands import MoveCards, MoveItem, RemoveItems, UpdateItem
from journeymapper.model.integrity import find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template


def _map() -> JourneyMap:
    journey = build_template("5a", "en", "Live")
    peers_seed = random.Random(1)
    for n in range(6):
        stage = peers_seed.choice(journey.stages)
        lane = peers_seed.choice(journey.lanes)
        command, _ = edits.add_card(journey, stage.id, lane.id, f"card {n}")
        command.apply(journey)
    return journey


def _random_edit(peer: Peer, rng: random.Random) -> None:
    """One random edit of the kinds people make, through the same commands as the editor."""
    j = peer.journey
    cards = j.touchpoints
    kind = rng.choice(
        ["add", "add", "title", "describe", "delete", "delete_stage", "pain", "move", "reorder", "link"]
    )
    if kind == "add" or not cards:
        stage, lane = rng.choice(j.stages), rng.choice(j.lanes)
        peer.run(edits.add_card(j, stage.id, lane.id, f"{peer.name} card")[0])
    elif kind == "title":
        title = f"{peer.name} {rng.random():.3f}"
        peer.run(UpdateItem("touchpoints", rng.choice(cards).id, {"title": title}))
    elif kind == "describe":
        card = rng.choice(cards)
        at = rng.randint(0, len(card.description))
        text = card.description[:at] + peer.name + card.description[at:]
        peer.run(UpdateItem("touchpoints", card.id, {"description": text}))
    elif kind == "delete":
        peer.run(RemoveItems("touchpoints", [rng.choice(cards).id]))
    elif kind == "delete_stage" and len(j.stages) > 2:
        peer.run(RemoveItems("stages", [rng.choice(j.stages).id]))
    elif kind == "pain":
        peer.run(edits.add_pain(touchpoint_id=rng.choice(cards).id, text=peer.name)[0])
    elif kind == "move":
        stage, lane = rng.choice(j.stages), rng.choice(j.lanes)
        peer.run(MoveCards([rng.choice(cards).id], stage.id, lane.id, 0))
    elif kind == "reorder":
        peer.run(MoveItem("stages", rng.choice(j.stages).id, rng.randrange(len(j.stages))))
    elif kind == "link" and len(cards) > 1:
        source, target = rng.sample(cards, 2)
        peer.run(edits.connect(source.id, target.id)[0])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), count=st.sampled_from([2, 3]), rounds=st.integers(1, 4))
def test_random_concurrent_edits_converge_to_one_valid_map(seed: int, count: int, rounds: int) -> None:
    rng = random.Random(seed)
    peers = make_peers(_map(), count)
    network = Network(peers, rng)
    for _ in range(rounds):
        for _ in range(rng.randint(1, 8)):
            _random_edit(rng.choice(peers), rng)
        # Some updates arrive now, interleaved at random; the rest wait for a later round.
        network.run(rng.randint(0, 12))
    network.flush()
    assert_converged(peers)
    # ...and the map every peer shows is exactly the one the shared document stands for,
    # the one a newcomer joining now would build from scratch.
    fresh, repairs = materialise(peers[0].bridge.doc, peers[0].journey)
    assert repairs == []
    assert comparable(fresh) == comparable(peers[0].journey)


def test_two_people_typing_in_one_description_keep_both_texts() -> None:
    a, b = make_peers(_map(), 2)
    card = a.journey.touchpoints[0].id
    a.run(UpdateItem("touchpoints", card, {"description": "The customer waits."}))
    deliver_all([a, b])
    a.run(UpdateItem("touchpoints", card, {"description": "The customer waits long."}))
    b.run(UpdateItem("touchpoints", card, {"description": "Then the customer waits."}))
    deliver_all([a, b])
    assert_converged([a, b])
    assert a.journey.touchpoint(card).description == "Then the customer waits long."  # type: ignore[union-attr]


def test_delete_wins_over_a_concurrent_edit_and_takes_its_pains() -> None:
    a, b, c = make_peers(_map(), 3)
    card = a.journey.touchpoints[0].id
    a.run(RemoveItems("touchpoints", [card]))
    b.run(UpdateItem("touchpoints", card, {"title": "renamed meanwhile"}))
    c.run(edits.add_pain(touchpoint_id=card, text="added meanwhile")[0])
    deliver_all([a, b, c])
    assert_converged([a, b, c])
    assert a.journey.touchpoint(card) is None
    assert not [p for p in a.journey.pain_points if p.touchpoint_id == card]


def test_edits_made_offline_merge_on_reconnect() -> None:
    a, b = make_peers(_map(), 2)
    stage, lane = a.journey.stages[0].id, a.journey.lanes[0].id
    # b is cut off: its updates queue up while both go on editing.
    b.run(edits.add_card(b.journey, stage, lane, "written offline")[0])
    b.run(UpdateItem("map", None, {"title": "Offline title"}))
    a.run(edits.add_card(a.journey, stage, lane, "written online")[0])
    # Reconnecting is the Yjs sync exchange: each side sends what the other lacks.
    missing_for_b = a.bridge.doc.get_update(b.bridge.doc.get_state())
    missing_for_a = b.bridge.doc.get_update(a.bridge.doc.get_state())
    b.bridge.apply_remote(missing_for_b)
    a.bridge.apply_remote(missing_for_a)
    a.outbox.clear()
    b.outbox.clear()
    assert_converged([a, b])
    titles = {card.title for card in a.journey.touchpoints}
    assert {"written offline", "written online"} <= titles
    assert a.journey.title == "Offline title"


def test_undo_reverts_only_my_own_edit() -> None:
    a, b = make_peers(_map(), 2)
    card = a.journey.touchpoints[0].id
    a.run(UpdateItem("touchpoints", card, {"title": "mine"}))
    b.run(UpdateItem("touchpoints", card, {"owner": "theirs"}))
    b.run(edits.add_card(b.journey, b.journey.stages[0].id, b.journey.lanes[0].id, "their card")[0])
    deliver_all([a, b])
    a.history.undo()
    deliver_all([a, b])
    assert_converged([a, b])
    after = a.journey.touchpoint(card)
    assert after is not None and after.title != "mine" and after.owner == "theirs"
    assert "their card" in {c.title for c in a.journey.touchpoints}


def test_an_invalid_object_in_the_document_is_repaired_the_same_on_every_peer() -> None:
    a, b = make_peers(_map(), 2)
    card = a.journey.touchpoints[0].id
    # A buggy client writes a severity the model refuses and a card in a missing stage.
    raw = Doc()
    raw.apply_update(a.bridge.doc.get_update())
    from journeymapper.live.shared_doc import encode_value, root

    root(raw, "touchpoints")[card]["stage_id"] = encode_value("st-gone")
    other = a.journey.touchpoints[1].id
    root(raw, "touchpoints")[other]["title"] = encode_value(12)
    update = raw.get_update(a.bridge.doc.get_state())
    a.bridge.apply_remote(update)
    assert any("no longer exists" in line for line in a.bridge.repairs)
    assert any("title" in line for line in a.bridge.repairs)
    b.bridge.apply_remote(update)
    deliver_all([a, b])
    assert_converged([a, b])
    assert a.journey.touchpoint(card) is None
    assert a.journey.touchpoint(other).title == ""  # type: ignore[union-attr]


def test_a_newcomer_builds_the_same_map_from_the_document() -> None:
    journey = _map()
    doc = Doc()
    populate(doc, journey)
    rebuilt, repairs = materialise(doc, journey)
    assert repairs == []
    assert comparable(rebuilt) == comparable(journey)


def test_undoing_my_addition_removes_my_card_even_after_others_added_before_it() -> None:
    a, b = make_peers(_map(), 2)
    stage, lane = a.journey.stages[0].id, a.journey.lanes[0].id
    command, mine = edits.add_card(a.journey, stage, lane, "mine")
    a.run(command)
    # b's card lands before mine in the shared order (b placed it first in the list).
    theirs_command, theirs = edits.add_card(b.journey, stage, lane, "theirs")
    theirs_command.index = 0  # type: ignore[attr-defined]
    b.run(theirs_command)
    deliver_all([a, b])
    a.history.undo()
    deliver_all([a, b])
    assert_converged([a, b])
    assert a.journey.touchpoint(mine) is None
    assert a.journey.touchpoint(theirs) is not None


def test_each_command_is_one_transaction_and_remote_ones_arrive_as_precise_changes() -> None:
    from journeymapper.model.commands import Macro

    a, b = make_peers(_map(), 2)
    stage, lane = a.journey.stages[0].id, a.journey.lanes[0].id
    paste = Macro("Paste", [edits.add_card(a.journey, stage, lane, f"pasted {n}")[0] for n in range(3)])
    a.run(paste)
    assert len(a.outbox) == 1  # one command, one Y transaction, one update
    heard: list[object] = []
    b.session.subscribe(heard.extend)
    deliver_all([a, b])
    assert sorted(c.action for c in heard) == ["added"] * 3  # type: ignore[attr-defined]
    card = a.journey.touchpoints[0].id
    heard.clear()
    a.run(UpdateItem("touchpoints", card, {"title": "renamed"}))
    deliver_all([a, b])
    assert [(c.action, c.collection, c.id, c.fields) for c in heard] == [  # type: ignore[attr-defined]
        ("updated", "touchpoints", card, ("title",))
    ]


def test_another_yjs_client_following_the_documented_mapping_can_add_a_card() -> None:
    """Written with plain pycrdt calls only, as docs/live-sessions.md describes the document."""
    from pycrdt import Map, Text

    (a,) = make_peers(_map(), 1)
    other = Doc()
    other.apply_update(a.bridge.doc.get_update())
    stage, lane = a.journey.stages[1].id, a.journey.lanes[2].id
    cards = other.get("touchpoints", type=Map)
    with other.transaction():
        cards["tp-from-yjs"] = Map({
            "_pos": 1000.5,
            "id": '"tp-from-yjs"', "stage_id": f'"{stage}"', "lane_id": f'"{lane}"',
            "order": "0", "title": '"Written by another client"',
            "description": Text("Typed in a web page"), "tags": '["web"]',
        })
    a.bridge.apply_remote(other.get_update(a.bridge.doc.get_state()))
    card = a.journey.touchpoint("tp-from-yjs")
    assert card is not None and card.title == "Written by another client"
    assert card.description == "Typed in a web page" and card.tags == ["web"]
    assert a.journey.touchpoints[-1].id == "tp-from-yjs"  # _pos 1000.5 sorts it last


def test_undoing_a_delete_after_its_stage_went_elsewhere_is_repaired_at_once() -> None:
    a, b = make_peers(_map(), 2)
    card = a.journey.touchpoints[0]
    a.run(RemoveItems("touchpoints", [card.id]))
    deliver_all([a, b])
    b.run(RemoveItems("stages", [card.stage_id]))
    deliver_all([a, b])
    a.history.undo()  # brings the card back into a stage that no longer exists
    assert find_problems(a.journey) == []  # repaired on the spot, not at the next update
    assert a.journey.touchpoint(card.id) is None
    deliver_all([a, b])
    assert_converged([a, b])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_even_out_of_order_delivery_converges_after_the_state_vector_exchange(seed: int) -> None:
    """Updates shuffled across senders AND within one sender (no websocket does that), then
    the exchange every (re)connection and every 30 s performs: all peers agree again."""
    rng = random.Random(seed)
    peers = make_peers(_map(), 3)
    for _ in range(3):
        for _ in range(rng.randint(1, 8)):
            _random_edit(rng.choice(peers), rng)
        pending = [(p, u) for p in peers for u in p.outbox]
        rng.shuffle(pending)
        for peer in peers:
            peer.outbox.clear()
        for sender, update in pending:
            for receiver in peers:
                if receiver is not sender:
                    receiver.bridge.apply_remote(update)
    for _ in range(3):
        for a in peers:
            for b in peers:
                if a is not b:
                    b.bridge.apply_exchange(a.bridge.doc.get_update(b.bridge.doc.get_state()))
        deliver_all(peers, rng)
    assert_converged(peers)
