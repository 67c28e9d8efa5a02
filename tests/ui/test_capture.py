"""A rapporteur captures a live session: type, Enter, tag with Ctrl+1, undo, and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from ui.keyboard import press, type_text

from meetingkit.core.model import Tag
from meetingkit.store import EventStore
from meetingkit.ui.actions import ActionId
from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow


def _open(window: MainWindow, title: str) -> str:
    session = next(s for s in window.document.store.sessions() if s.title == title)
    window.navigator.select_record(session.id)
    assert window.session_view.session_id == session.id
    return session.id


def _stream_texts(window: MainWindow) -> list[str]:
    proxy = window.session_view.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_typed_lines_appear_in_the_stream_and_the_file(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    session_id = _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "! Draft the exchange programme @Metropolis due:2017-11-30")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    qtbot.keyClicks(capture, "? Who funds the study visits")
    with qtbot.waitSignal(window.document.saved):
        qtbot.keyClick(capture, Qt.Key.Key_Return)

    assert _stream_texts(window) == ["Draft the exchange programme", "Who funds the study visits"]
    assert capture.text() == ""
    assert window.save_status.text().startswith("Saved")
    with EventStore.open(event_path, read_only=True) as other:
        items = other.items(session_id)
        assert [i.text for i in items] == ["Draft the exchange programme", "Who funds the study visits"]
        assert items[0].action is not None and items[0].action.owner == "Metropolis"
        assert items[1].tags == ("question",)
        assert other.draft(session_id) == ""


def test_ctrl_1_tags_the_note_just_typed_and_ctrl_z_untags_it(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Train city staff together")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    qtbot.keyClick(capture, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    item = window.document.store.items(session_id)[-1]
    assert item.tags == ("action",)
    assert window.inspector.form.action_box.isVisibleTo(window.inspector)

    qtbot.keyClick(capture, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.document.store.item(item.id).tags == ("action", "decision")
    qtbot.keyClick(capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.store.item(item.id).tags == ("action",)
    qtbot.keyClick(
        capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.document.store.item(item.id).tags == ("action", "decision")


def test_ctrl_z_in_an_empty_line_takes_back_the_last_note(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Opening plenary")
    capture = window.session_view.capture
    before = _stream_texts(window)
    capture.setFocus()
    qtbot.keyClicks(capture, "A line typed by mistake")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert _stream_texts(window) == [*before, "A line typed by mistake"]

    qtbot.keyClick(capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stream_texts(window) == before
    assert "A line typed by mistake" not in [i.text for i in window.document.store.items(session_id)]

    # With text in the line, Ctrl+Z edits the line, never the notes.
    qtbot.keyClicks(capture, "abc")
    qtbot.keyClick(capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stream_texts(window) == before


def test_undo_survives_switching_sessions(qtbot: QtBot, window: MainWindow) -> None:
    first = _open(window, "Opening plenary")
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Noted in the opening")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    _open(window, "Roadmap and next steps")
    window.action_of[ActionId.UNDO].trigger()
    assert "Noted in the opening" not in [i.text for i in window.document.store.items(first)]
    window.action_of[ActionId.REDO].trigger()
    assert window.document.store.items(first)[-1].text == "Noted in the opening"


def test_typing_is_kept_as_a_draft_within_a_second(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    session_id = _open(window, "Opening plenary")
    capture = window.session_view.capture
    capture.setFocus()
    with qtbot.waitSignal(window.document.draft_saved, timeout=3000):
        qtbot.keyClicks(capture, "The mayor said the budget")
    with EventStore.open(event_path, read_only=True) as other:
        assert other.draft(session_id) == "The mayor said the budget"

    # Switching session saves at once and brings the line back on return, without a recovery banner.
    qtbot.keyClicks(capture, " doubles")
    _open(window, "Roadmap and next steps")
    assert window.document.store.draft(session_id) == "The mayor said the budget doubles"
    assert capture.text() == ""
    _open(window, "Opening plenary")
    assert capture.text() == "The mayor said the budget doubles"
    assert not window.session_view.banner.isVisibleTo(window)


def test_completion_offers_people_organisations_and_tags(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "Opening plenary")
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "~ @Metro")
    assert capture.completer_popup_visible()
    popup_model = capture._completer.completionModel()
    offered = [popup_model.index(r, 0).data() for r in range(popup_model.rowCount())]
    assert offered == ["@Metropolis"]
    capture.insert_completion(offered[0])
    qtbot.keyClicks(capture, "and @[Emil")
    popup_model = capture._completer.completionModel()
    assert [popup_model.index(r, 0).data() for r in range(popup_model.rowCount())] == ["@[Emilia Saiz]"]
    capture.insert_completion("@[Emilia Saiz]")
    qtbot.keyClicks(capture, "#train")
    assert not capture.completer_popup_visible()  # no such tag yet: nothing to offer
    assert capture.text() == "~ @Metropolis and @[Emilia Saiz] #train"


def test_tag_filter_and_text_filter(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "Opening plenary")
    view = window.session_view
    view.tag_filter.setCurrentIndex(view.tag_filter.findData(str(Tag.SYNERGY)))
    assert _stream_texts(window) == ["Metropolis and UCLG align training agendas"]
    view.tag_filter.setCurrentIndex(0)
    qtbot.keyClick(view.capture, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_text.hasFocus()
    qtbot.keyClicks(view.filter_text, "welcome")
    assert _stream_texts(window) == ["Welcome by the hosts"]
    assert view.count.text() == "1 of 3 notes shown"


def test_enter_with_the_popup_open_sends_the_line_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    capture.setFocus()
    type_text(qtbot, capture, "Circulate the draft to @Metro")
    assert capture.completer_popup_visible()
    assert QApplication.activePopupWidget() is not None  # the keys now go to the popup first
    press(qtbot, capture, Qt.Key.Key_Return)
    type_text(qtbot, capture, "? Who hosts the next visit")
    press(qtbot, capture, Qt.Key.Key_Return)

    items = window.document.store.items(session_id)
    assert [i.text for i in items] == ["Circulate the draft to Metro", "Who hosts the next visit"]
    assert items[1].tags == ("question",)
    assert not capture.completer_popup_visible()
    assert capture.text() == ""


def test_tab_or_down_and_enter_accept_a_completion(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    capture.setFocus()
    type_text(qtbot, capture, "~ Work with @Metro")
    press(qtbot, capture, Qt.Key.Key_Tab)
    assert capture.text() == "~ Work with @Metropolis "
    assert capture.hasFocus()
    type_text(qtbot, capture, "and @[Emil")
    press(qtbot, capture, Qt.Key.Key_Down)
    press(qtbot, capture, Qt.Key.Key_Return)
    assert capture.text() == "~ Work with @Metropolis and @[Emilia Saiz] "
    assert window.document.store.items(session_id) == []  # accepting a completion sends nothing
    press(qtbot, capture, Qt.Key.Key_Return)
    assert window.document.store.items(session_id)[0].synergy is not None


def test_completion_ranks_prefix_then_this_sessions_people_then_recent(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, "Opening plenary")  # Emilia Saiz and Octavi de la Varga speak in it
    store = window.document.store
    for name in ("Ana Mendes", "Jordi Amela", "Amy Ross", "Carla Puig"):
        store.add_person(name)
    window.document.people_changed.emit()
    capture = window.session_view.capture
    first_five = ["@[Amy Ross]", "@[Ana Mendes]", "@[Emilia Saiz]", "@[Octavi de la Varga]"]
    assert capture.ranked_completions("@a")[:6] == [*first_five, "@[Carla Puig]", "@[Jordi Amela]"]

    capture.setFocus()
    type_text(qtbot, capture, "Thanks to @[Jordi Amela] for hosting")
    press(qtbot, capture, Qt.Key.Key_Return)
    assert capture.ranked_completions("@a")[:6] == [*first_five, "@[Jordi Amela]", "@[Carla Puig]"]


def test_ctrl_digit_toggles_the_marker_on_the_line_being_typed(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")  # no notes: nothing selected
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Who funds the visits")
    qtbot.keyClick(capture, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert capture.text() == "? Who funds the visits"
    qtbot.keyClick(capture, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert capture.text() == "?! Who funds the visits"
    qtbot.keyClick(capture, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert capture.text() == "! Who funds the visits"
    qtbot.keyClicks(capture, " and when")  # the cursor stayed at the end
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    item = window.document.store.items(session_id)[0]
    assert (item.text, item.tags) == ("Who funds the visits and when", ("action",))


def test_a_marker_the_parser_will_not_understand_is_flagged_before_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    qtbot.keyClicks(view.capture, "! Send the report due:tomorrow")
    assert view.capture_warning.isVisibleTo(window)
    assert "due:tomorrow is not a date" in view.capture_warning.text()
    qtbot.keyClick(view.capture, Qt.Key.Key_Backspace)  # "due:tomorro" is still not a date
    assert view.capture_warning.isVisibleTo(window)
    view.capture.clear()
    assert not view.capture_warning.isVisibleTo(window)


def test_a_multi_line_paste_becomes_one_note_per_line_after_asking(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    QApplication.clipboard().setText(
        "! Circulate the calendar @UCLG\n\n? Who hosts next year\r\nThe budget doubles"
    )
    qtbot.keyClick(view.capture, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.capture.text() == ""  # nothing glued together in the line
    assert window.document.store.items(session_id) == []
    assert "Pasted 3 lines" in view.banner.text
    qtbot.mouseClick(view.banner.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    items = window.document.store.items(session_id)
    assert [(i.text, i.tags) for i in items] == [
        ("Circulate the calendar", ("action",)),
        ("Who hosts next year", ("question",)),
        ("The budget doubles", ()),
    ]
    assert view.count.text() == "3 notes"
    window.action_of[ActionId.UNDO].trigger()  # one undo takes the whole paste back
    assert window.document.store.items(session_id) == []
    assert view.count.text() == "0 notes"


def test_a_multi_line_paste_can_be_one_note(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    QApplication.clipboard().setText("* First point\nsecond line of it")
    qtbot.keyClick(view.capture, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(view.banner.findChildren(QPushButton)[1], Qt.MouseButton.LeftButton)
    [item] = window.document.store.items(session_id)
    assert (item.text, item.tags) == ("First point\nsecond line of it", ("key-point",))


def test_the_note_count_follows_delete_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "Opening plenary")
    view = window.session_view
    assert view.count.text() == "3 notes"
    view.select_item(window.document.store.items(view.session_id)[-1].id)
    window.action_of[ActionId.DELETE_ITEM].trigger()
    assert view.count.text() == "2 notes"
    window.action_of[ActionId.UNDO].trigger()
    assert view.count.text() == "3 notes"
    window.action_of[ActionId.REDO].trigger()
    assert view.count.text() == "2 notes"
    for _ in range(2):
        view.select_item(window.document.store.items(view.session_id)[0].id)
        window.action_of[ActionId.DELETE_ITEM].trigger()
    assert view.count.text() == "0 notes"


def test_zoom_keys_resize_the_notes_and_the_line_and_are_remembered(
    qtbot: QtBot, controller: AppController, window: MainWindow, event_path: Path
) -> None:
    view = window.session_view
    usual = view.capture.font().pointSizeF()
    view.capture.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.capture, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.capture.font().pointSizeF() == usual + 3
    assert view.stream.font().pointSizeF() == usual + 3
    qtbot.keyClick(view.capture, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.capture.font().pointSizeF() == usual + 2
    window.close()
    again = controller.open_path(event_path)
    assert again is not None
    assert again.session_view.capture.font().pointSizeF() == usual + 2
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again.session_view.capture, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.session_view.stream.font().pointSizeF() == usual


def test_right_click_on_a_note_offers_its_actions(window: MainWindow) -> None:
    _open(window, "Opening plenary")
    stream = window.session_view.stream
    assert stream.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    offered = [a.objectName() for a in stream.actions() if not a.isSeparator()]
    assert offered[:2] == ["edit_item", "delete_item"]
    assert "tag_action" in offered and "tag_quote" in offered


def test_names_and_tags_of_a_note_just_sent_are_offered_next(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    capture.setFocus()
    assert capture.ranked_completions("@Nue") == []
    type_text(qtbot, capture, "! Call the new partner @[Nuevo Socio] #outreach")
    press(qtbot, capture, Qt.Key.Key_Return)
    assert capture.ranked_completions("@Nue") == ["@[Nuevo Socio]"]
    assert capture.ranked_completions("#outr") == ["#outreach"]


def test_the_stream_shows_markdown_rendered_not_raw_asterisks(window: MainWindow) -> None:
    _open(window, "Opening plenary")
    stream = window.session_view.stream
    delegate = stream.itemDelegate()
    rendered = delegate._document(
        "The **budget** *doubles*: see [slides](https://example.org)", stream.font(), 400
    )
    assert rendered is not None
    assert rendered.toPlainText() == "The budget doubles: see slides"
    block = rendered.begin()
    formats = {}
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        formats[fragment.text()] = fragment.charFormat()
        iterator += 1
    assert formats["budget"].fontWeight() >= QFont.Weight.Bold
    assert formats["doubles"].fontItalic()
    assert formats["slides"].isAnchor()
    assert delegate._document("A plain note, drawn as text", stream.font(), 400) is None


def test_shift_enter_writes_one_note_of_several_lines(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    session_id = _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    type_text(qtbot, view.capture, "* Three lessons from the morning:")
    press(qtbot, view.capture, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    box = view.capture_box
    assert box.isVisibleTo(window) and not view.capture.isVisibleTo(window)
    qtbot.keyClicks(box, "- peers teach best")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "- staff, not only mayors")
    # The box is kept as a draft like the line: a kill now would lose nothing.
    qtbot.waitUntil(lambda: window.document.store.draft(session_id).endswith("not only mayors"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    [item] = window.document.store.items(session_id)
    assert item.text == "Three lessons from the morning:\n- peers teach best\n- staff, not only mayors"
    assert item.tags == ("key-point",)
    assert view.capture.isVisibleTo(window) and not box.isVisibleTo(window)
    assert window.document.store.draft(session_id) == ""


def test_a_multi_line_draft_comes_back_in_the_box(qtbot: QtBot, window: MainWindow) -> None:
    first = _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    type_text(qtbot, view.capture, "Long note")
    press(qtbot, view.capture, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.capture_box, "second line")
    _open(window, "Opening plenary")
    assert window.document.store.draft(first) == "Long note\nsecond line"
    assert view.capture.isVisibleTo(window) and view.capture.text() == ""
    _open(window, "Peer learning workshop")
    assert view.capture_box.isVisibleTo(window)
    assert view.capture_box.toPlainText() == "Long note\nsecond line"
    assert view.banner.text == ""  # left a moment ago by this window: nothing to recover


def test_split_a_note_at_the_cursor_and_join_it_back(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Peer learning workshop")
    view = window.session_view
    view.capture.setFocus()
    type_text(qtbot, view.capture, "Budgets double next year. Staff exchanges start in May #training")
    press(qtbot, view.capture, Qt.Key.Key_Return)
    type_text(qtbot, view.capture, "A later note")
    press(qtbot, view.capture, Qt.Key.Key_Return)
    first = window.document.store.items(session_id)[0]
    view.select_item(first.id)
    editor = window.inspector.form.text
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(len("Budgets double next year."))
    editor.setTextCursor(cursor)
    qtbot.keyClick(
        editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    store = window.document.store
    assert [(i.text, i.tags) for i in store.items(session_id)] == [
        ("Budgets double next year.", ("training",)),
        ("Staff exchanges start in May", ("training",)),
        ("A later note", ()),
    ]
    assert view.count.text() == "3 notes"

    view.select_item(first.id)
    window.action_of[ActionId.JOIN_ITEM].trigger()
    assert [i.text for i in store.items(session_id)] == [
        "Budgets double next year. Staff exchanges start in May",
        "A later note",
    ]
    window.action_of[ActionId.UNDO].trigger()  # the join, in one step
    assert len(store.items(session_id)) == 3
    window.action_of[ActionId.UNDO].trigger()  # the split, in one step
    assert [i.text for i in store.items(session_id)] == [
        "Budgets double next year. Staff exchanges start in May",
        "A later note",
    ]
    assert view.count.text() == "2 notes"


def test_several_notes_selected_are_deleted_or_tagged_together(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Opening plenary")
    view = window.session_view
    store = window.document.store
    welcome, action, synergy = store.items(session_id)
    view.select_item(welcome.id)
    view.stream.selectionModel().select(
        view.proxy.mapFromSource(view.model.index(view.model.row_of(synergy.id))),
        QItemSelectionModel.SelectionFlag.Select,
    )
    assert view.selected_item_ids() == [welcome.id, synergy.id]
    window.action_of[ActionId.TAG_QUESTION].trigger()
    assert store.item(welcome.id).has("question") and store.item(synergy.id).has("question")
    assert not store.item(action.id).has("question")
    window.action_of[ActionId.TAG_QUESTION].trigger()  # all had it: off for all
    assert not store.item(welcome.id).has("question") and not store.item(synergy.id).has("question")

    view.stream.setFocus()
    window.action_of[ActionId.DELETE_ITEM].trigger()
    assert [i.id for i in store.items(session_id)] == [action.id]
    assert view.count.text() == "1 note"
    window.action_of[ActionId.UNDO].trigger()
    assert len(store.items(session_id)) == 3
    assert view.count.text() == "3 notes"


def test_a_note_of_several_lines_shows_its_lines(window: MainWindow) -> None:
    stream = window.session_view.stream
    rendered = stream.itemDelegate()._document("Three lessons:\n- peers\n- staff", stream.font(), 400)
    assert rendered is not None
    assert [line.strip() for line in rendered.toPlainText().splitlines()] == [
        "Three lessons:",
        "peers",
        "staff",
    ]
    # Dashes under a line are a list, as in the preview and every export (one Markdown pipeline).
    assert rendered.toHtml().count("<li") == 2


def test_the_newest_note_stays_in_sight_when_a_warning_takes_room(qtbot: QtBot, window: MainWindow) -> None:
    session_id = _open(window, "Opening plenary")
    view = window.session_view
    view.capture.setFocus()
    for n in range(12):
        type_text(qtbot, view.capture, f"Note number {n} with enough words to wrap in a narrow stream")
        press(qtbot, view.capture, Qt.Key.Key_Return)
    last = view.proxy.index(view.proxy.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: view.stream.viewport().rect().contains(view.stream.visualRect(last)))
    type_text(qtbot, view.capture, "Send the report due:tomorrow")
    assert view.capture_warning.isVisibleTo(window)

    def newest_in_sight() -> bool:
        return view.stream.viewport().rect().contains(view.stream.visualRect(last))

    qtbot.waitUntil(newest_in_sight)
    assert window.document.store.items(session_id)[-1].text.startswith("Note number 11")


def test_a_note_edited_in_place_keeps_what_was_typed_after_ctrl_end_and_ctrl_home(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    session_id = _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    window.activateWindow()
    capture.setFocus()
    for line in ("Budget the study visits", "Twin the libraries", "Publish the calendar"):
        qtbot.keyClicks(capture, line)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
    stream = window.session_view.stream
    second = window.session_view.proxy.index(1, 0)
    qtbot.mouseClick(stream.viewport(), Qt.MouseButton.LeftButton, pos=stream.visualRect(second).center())
    qtbot.keyClick(stream, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not capture and editor.parent() is stream.viewport()
    # Ctrl+End and Ctrl+Home move in the text, as in any field: they used to move the list to its last or
    # first note and close the editor, and what was typed next was lost.
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " of Lisbon and Porto")
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Soon: ")
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wanted = [
        "Budget the study visits",
        "Soon: Twin the libraries of Lisbon and Porto",
        "Publish the calendar",
    ]
    qtbot.waitUntil(lambda: [i.text for i in window.document.store.items(session_id)][-3:] == wanted)
    assert _stream_texts(window)[-3:] == wanted
    with EventStore.open(event_path, read_only=True) as other:
        assert [i.text for i in other.items(session_id)][-3:] == wanted


def test_a_note_being_edited_shows_only_its_editor_not_its_text_beneath(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, "Peer learning workshop")
    capture = window.session_view.capture
    window.activateWindow()
    capture.setFocus()
    qtbot.keyClicks(capture, "A long note " + "that wraps over several lines of the notes " * 4)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    stream = window.session_view.stream
    last = window.session_view.proxy.index(window.session_view.proxy.rowCount() - 1, 0)
    rect = stream.visualRect(last)

    def text_rows() -> int:
        """Pixel rows of the note below its first line that hold anything but the background."""
        image = stream.viewport().grab(rect).toImage()
        background = image.pixelColor(image.width() - 2, image.height() // 2)
        first_line = stream.fontMetrics().height() + 16
        return sum(
            1
            for y in range(first_line, image.height() - stream.fontMetrics().height() * 2)
            if any(image.pixelColor(x, y) != background for x in range(60, image.width() - 20, 3))
        )

    assert text_rows() > 0  # the note's wrapped lines
    stream.setCurrentIndex(last)
    qtbot.keyClick(stream, Qt.Key.Key_F2)
    assert stream.state() == stream.State.EditingState
    assert text_rows() == 0  # only the editor, on the first line
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: text_rows() > 0)
