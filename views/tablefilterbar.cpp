#include "views/tablefilterbar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {

using Op = TableCommands::Op;

const struct
{
    Op op;
    const char *word;
} Ops[] = { { Op::Eq, "eq" }, { Op::Ne, "ne" }, { Op::Lt, "lt" }, { Op::Le, "le" }, { Op::Gt, "gt" },
    { Op::Ge, "ge" } };

} // namespace

TableFilterBar::TableFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &TableFilterBar::changed);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < TableCommands::MaxDataFilters; ++i)
        addRow(i, grid);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyFilter"));
    m_key->setPlaceholderText(tr("a key, alone (other filters are ignored)"));
    m_key->setAccessibleName(tr("Key to look up"));
    m_key->setClearButtonEnabled(true);
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    const int last = (TableCommands::MaxDataFilters + 1) / 2;
    grid->addWidget(keyLabel, last, 0);
    grid->addWidget(m_key, last, 1, 1, 7);
    grid->setColumnStretch(8, 1);
    connect(m_key, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
}

void TableFilterBar::addRow(int i, QGridLayout *grid)
{
    Row row;
    row.column = new QComboBox(this);
    row.column->setObjectName(QStringLiteral("filterColumn%1").arg(i));
    row.column->setAccessibleName(tr("Filter %1 column").arg(i + 1));
    row.column->addItem(tr("(no filter)"));
    row.column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row.op = new QComboBox(this);
    row.op->setObjectName(QStringLiteral("filterOp%1").arg(i));
    row.op->setAccessibleName(tr("Filter %1 operator").arg(i + 1));
    for (const auto &op : Ops)
        row.op->addItem(QString::fromLatin1(op.word), int(op.op));
    row.value = new QLineEdit(this);
    row.value->setObjectName(QStringLiteral("filterValue%1").arg(i));
    row.value->setAccessibleName(tr("Filter %1 value").arg(i + 1));
    row.value->setPlaceholderText(tr("number"));
    row.value->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 14);
    auto *label = new QLabel(i == 0 ? tr("&Filter:") : tr("and"), this);
    label->setBuddy(row.column);
    // Two filters a line, so that four take two lines.
    const int line = i / 2;
    const int first = (i % 2) * 4;
    grid->addWidget(label, line, first);
    grid->addWidget(row.column, line, first + 1);
    grid->addWidget(row.op, line, first + 2);
    grid->addWidget(row.value, line, first + 3);
    connect(row.column, &QComboBox::activated, m_pause, qOverload<>(&QTimer::start));
    connect(row.op, &QComboBox::activated, m_pause, qOverload<>(&QTimer::start));
    connect(row.value, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    m_rows.append(row);
}

void TableFilterBar::setColumns(const QStringList &columns)
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString current = row.column->currentIndex() > 0 ? row.column->currentText() : QString();
        while (row.column->count() > 1)
            row.column->removeItem(1);
        for (const QString &column : columns)
            row.column->addItem(column);
        row.column->setCurrentIndex(std::max(0, int(columns.indexOf(current)) + 1));
    }
}

Result<QList<TableCommands::DataFilter>> TableFilterBar::filters() const
{
    using Filters = Result<QList<TableCommands::DataFilter>>;
    QList<TableCommands::DataFilter> filters;
    for (const Row &row : m_rows) {
        if (row.column->currentIndex() <= 0)
            continue;
        bool ok = false;
        const qint64 value = row.value->text().trimmed().toLongLong(&ok);
        if (!ok)
            return Filters::failure(tr("the value of the filter on %1 is not a whole number: '%2'")
                                        .arg(row.column->currentText(), row.value->text().left(40)));
        filters.append({ row.column->currentText(), Op(row.op->currentData().toInt()), value });
    }
    return filters;
}

QString TableFilterBar::key() const
{
    return m_key->text().trimmed();
}

QString TableFilterBar::describe() const
{
    if (!key().isEmpty())
        return tr("key %1").arg(key());
    QStringList words;
    for (const Row &row : m_rows) {
        if (row.column->currentIndex() > 0)
            words << QStringLiteral("data.%1 %2 %3")
                         .arg(row.column->currentText(), row.op->currentText(), row.value->text().trimmed());
    }
    return words.join(QLatin1StringView(", "));
}

bool TableFilterBar::isEmpty() const
{
    return describe().isEmpty();
}

void TableFilterBar::setFilter(int i, const QString &column, Op op, const QString &value)
{
    if (i < 0 || i >= m_rows.size())
        return;
    const Row &row = m_rows.at(i);
    row.column->setCurrentIndex(std::max(0, row.column->findText(column)));
    row.op->setCurrentIndex(row.op->findData(int(op)));
    row.value->setText(value);
    m_pause->start();
}

void TableFilterBar::setKey(const QString &key)
{
    m_key->setText(key);
    m_pause->start();
}

void TableFilterBar::clearFilters()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.column->setCurrentIndex(0);
        row.value->clear();
    }
    m_key->clear();
}
