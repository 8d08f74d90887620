// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace parcours::ui {

/// What the window shows while no file is open: create a file, open one, try the demo, or
/// pick a recent file.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    /// The demo button shows only when this build can make a demo file.
    void setDemoAvailable(bool available);

    QCommandLinkButton* createButton() const { return m_create; }
    QCommandLinkButton* openButton() const { return m_open; }
    QCommandLinkButton* demoButton() const { return m_demo; }
    QListWidget* recentList() const { return m_recent; }

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QCommandLinkButton* m_create;
    QCommandLinkButton* m_open;
    QCommandLinkButton* m_demo;
    QLabel* m_recentHeading;
    QListWidget* m_recent;
};

} // namespace parcours::ui
