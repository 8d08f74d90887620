// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs Catch2 on the command line's arguments: the tests the program holds, or those asked for.
// Its implementation (Catch2's runner, the heaviest file of the tests) is compiled once, in
// CatchRunner.cpp, for every test program; CoreMain.cpp and GuiMain.cpp call it from main.
int runCatchSession(int argc, char** argv);
