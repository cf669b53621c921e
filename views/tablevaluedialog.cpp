#include "views/tablevaluedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

TableValueDialog::TableValueDialog(
    const QString &table, const QString &key, const QStringList &columns, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Set Value"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(tr("Entry %1 of table %2").arg(key, table), this);
    what->setTextFormat(Qt::PlainText);
    form->addRow(what);
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("columnCombo"));
    m_column->addItems(columns);
    m_column->setAccessibleName(tr("Data column"));
    form->addRow(tr("&Column:"), m_column);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setAccessibleName(tr("New value"));
    m_value->setPlaceholderText(tr("a whole number, 0 or more"));
    form->addRow(tr("&Value:"), m_value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_value->setFocus();
}

QString TableValueDialog::column() const
{
    return m_column->currentText();
}

QString TableValueDialog::valueText() const
{
    return m_value->text().trimmed();
}

void TableValueDialog::setColumn(const QString &column)
{
    m_column->setCurrentIndex(std::max(0, m_column->findText(column)));
}

void TableValueDialog::setValueText(const QString &text)
{
    m_value->setText(text);
}
