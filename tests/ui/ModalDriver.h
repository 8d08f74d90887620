// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace parcours::test {

/// Runs `act` on the next modal dialog of type T once it is shown (its exec() is running), so
/// that a test drives the real dialog without blocking. `act` must close the dialog. Gives up
/// after about two seconds; then `seen()` stays false.
template <class T> class ModalDriver
{
public:
    explicit ModalDriver(std::function<void(T*)> act) : m_state(std::make_shared<State>())
    {
        m_state->act = std::move(act);
        poll(m_state, 0);
    }
    bool seen() const { return m_state->seen; }

private:
    struct State
    {
        std::function<void(T*)> act;
        bool seen = false;
    };
    static void poll(std::shared_ptr<State> state, int tries)
    {
        QTimer::singleShot(10, [state, tries] {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                state->seen = true;
                state->act(dialog);
                return;
            }
            if (tries < 200)
                poll(state, tries + 1);
        });
    }
    std::shared_ptr<State> m_state;
};

} // namespace parcours::test
