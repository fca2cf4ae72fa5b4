# ruff: noqa: F821, B018  (a vulture allow-list: bare names, never imported)
"""Names that vulture cannot see used: Qt and reportlab call them, or the data carries them.

Read by tests/test_architecture.py::test_no_dead_code. Keep it small: a name goes here only
with the reason it is alive.
"""

# Qt calls these overrides itself.
paint  # QStyledItemDelegate.paint
paintEvent
expandingDirections  # QLayout
hasHeightForWidth
heightForWidth
minimumSizeHint

# reportlab reads these attributes of styles and documents.
fontSize
leading
canvas_basefontname
fontname

# Fields of the model and of stored rows, read from YAML or SQLite, kept whole in exports.
description
url
created_at
updated_at

# Named migrations are registered by their decorator and run by sqlite-utils.
_initial
_respondent_position

# Translators must stay referenced while the application lives, or Qt drops them.
_peerready_translators
_peerready_language

# The documented list of fault kinds of the store (StoreError.kind), for every face to rely on.
KINDS

# Context managers take the exception triple and let it go on.
exc

# Pages are imported by name when first shown (ui/main_window.py, _PAGES).
HomePage
StructurePage

# Post fields are read through dataclasses.asdict (describe, to_dict); the migration by its decorator.
working_time
classification
_consent_and_posts
_owner_roles
_result_stamps
__getattr__

# openpyxl reads these attributes of a workbook's properties and of a cell when it saves.
creator
lastModifiedBy
modified
alignment
print_title_rows
paperSize
fitToHeight
fitToWidth
fitToPage
errorTitle

# python-docx writes these attributes of paragraphs, sections, tables and properties into the file.
keep_with_next
different_first_page_header_footer
space_after
space_before
last_modified_by
keywords
revision
autofit
