#include "views/shortcutsdialog.h"

#include "views/shortcutcatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { PathColumn, KeysColumn, TipColumn };

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Find by name or key, e.g. “weight” or “Ctrl+D”"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_filter);

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Command"), tr("Shortcut"), tr("What it does") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    fill(window);
    applyFilter(QString());
    m_filter->setFocus();
    resize(900, 560);
}

void ShortcutsDialog::fill(QWidget *window)
{
    const QList<ShortcutCatalog::Entry> entries = ShortcutCatalog::entries(window);
    for (const ShortcutCatalog::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(PathColumn, entry.path);
        item->setText(KeysColumn, entry.keys.join(QStringLiteral(", ")));
        item->setData(KeysColumn, Qt::UserRole, entry.keys);
        item->setData(PathColumn, SourceRole, QVariant::fromValue<QObject *>(entry.source.data()));
        item->setText(TipColumn, entry.tip);
        item->setToolTip(TipColumn, entry.tip);
    }
}

bool ShortcutsDialog::matches(
    const QString &typed, const QString &path, const QStringList &keys, const QString &tip)
{
    QString query = typed.simplified();
    query.replace(QStringLiteral(" + "), QStringLiteral("+"));
    if (query.isEmpty())
        return true;
    // A whole key ("Ctrl+D", "ctrl+shift+w") finds the shortcuts on that key, not those
    // whose key merely starts so (Ctrl+Del).
    const QKeySequence asKey = QKeySequence::fromString(query, QKeySequence::PortableText);
    const Qt::Key typedKey = asKey.count() == 1 ? asKey[0].key() : Qt::Key_unknown;
    const bool modifierOnly = typedKey == Qt::Key_Shift || typedKey == Qt::Key_Control
        || typedKey == Qt::Key_Alt || typedKey == Qt::Key_Meta;
    if (query.contains(u'+') && typedKey != Qt::Key_unknown && !modifierOnly) {
        return std::any_of(keys.begin(), keys.end(), [&asKey](const QString &key) {
            return QKeySequence::fromString(key, QKeySequence::NativeText) == asKey;
        });
    }
    QStringList keyForms;
    for (const QString &key : keys) {
        keyForms << key;
        keyForms
            << QKeySequence::fromString(key, QKeySequence::NativeText).toString(QKeySequence::PortableText);
    }
    const QString keyText = keyForms.join(u'\n');
    if (keyText.contains(query, Qt::CaseInsensitive))
        return true;
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return path.contains(word, Qt::CaseInsensitive) || tip.contains(word, Qt::CaseInsensitive)
            || keyText.contains(word, Qt::CaseInsensitive);
    });
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    int shown = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const bool match = matches(text, item->text(PathColumn),
            item->data(KeysColumn, Qt::UserRole).toStringList(), item->text(TipColumn));
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_count->setText(tr("%n shortcut(s) shown", nullptr, shown));
}

int ShortcutsDialog::visibleCount() const
{
    int shown = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        shown += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    return shown;
}
