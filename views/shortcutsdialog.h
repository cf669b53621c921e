#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

// Help › Keyboard Shortcuts: every shortcut of a window, read from its actions and shortcut
// objects when the dialog opens (ShortcutCatalog), with where to find each and what it does.
// The filter finds by name, place or key ("Ctrl+D").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // On the first column of each row: the QAction or QShortcut it shows (QObject *).
    static constexpr int SourceRole = Qt::UserRole + 1;

    explicit ShortcutsDialog(QWidget *window);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // The rows the filter leaves, for tests.
    int visibleCount() const;

    // Whether an entry with these texts matches what was typed: each word found in its
    // place, its description or one of its keys, case aside.
    static bool matches(
        const QString &typed, const QString &path, const QStringList &keys, const QString &tip);

private:
    void fill(QWidget *window);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_count;
};
