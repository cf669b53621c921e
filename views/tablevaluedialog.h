#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Asks which data column of a stick table entry to set, and to what. Nothing is checked
// here: the caller builds the command with TableCommands and shows its refusal in words.
// Open it with open().
class TableValueDialog : public QDialog
{
    Q_OBJECT
public:
    TableValueDialog(
        const QString &table, const QString &key, const QStringList &columns, QWidget *parent = nullptr);

    QString column() const;
    QString valueText() const;
    void setColumn(const QString &column);
    void setValueText(const QString &text);

private:
    QComboBox *m_column = nullptr;
    QLineEdit *m_value = nullptr;
};
