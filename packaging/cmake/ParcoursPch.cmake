# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt, standard library and Catch2 headers that nearly every file
# parses again (1.5 to 2.5 s of CPU per file for the Qt Core or Widgets headers alone).
# Only system headers go here, never the project's own: editing one of ours must not rebuild
# everything. Each list is compiled once per build tree and reused by the targets of its kind
# (parcours_pch(target KIND) or parcours_pch_reuse(target FROM)), so they share one PCH file.
# GCC refuses a PCH built with other flags or without a macro the PCH was built with (the
# QT_*_LIB of each Qt module linked): a target may reuse the PCH of a target whose definitions
# it has, and may add more (a test adds Qt6::Sql, Qt6::Test). CMake passes -Winvalid-pch, an
# error under -Werror, so a mismatch shows in CI instead of silently costing time.
# Used when PARCOURS_PCH is on (every preset of CMakePresets.json). ccache caches the files
# compiled with a PCH only with CCACHE_SLOPPINESS=pch_defines,time_macros (packaging/dev sets it).

set(parcours_pch_core
  <algorithm> <functional> <memory> <optional> <utility> <vector>
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
  <QList> <QLocale> <QMap> <QObject> <QRegularExpression> <QSet> <QString> <QStringList>
  <QTime> <QVariant>)
set(parcours_pch_ui ${parcours_pch_core}
  <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
  <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QUndoStack>
  <QVBoxLayout> <QWidget>)
set(parcours_pch_test <catch2/catch.hpp> ${parcours_pch_core} <QTemporaryDir>)
set(parcours_pch_test_gui <catch2/catch.hpp> ${parcours_pch_ui} <QTemporaryDir>)

# parcours_pch(TARGET KIND): TARGET compiles the PCH of KIND (core, ui, test, test_gui).
function(parcours_pch target kind)
  if(PARCOURS_PCH)
    target_precompile_headers(${target} PRIVATE ${parcours_pch_${kind}})
  endif()
endfunction()

# parcours_pch_reuse(TARGET FROM): TARGET uses the PCH that FROM compiles.
function(parcours_pch_reuse target from)
  if(PARCOURS_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
