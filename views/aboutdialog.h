#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

// Help › About hadesk: what it is, and the details a bug report needs (versions of hadesk, Qt
// and the HAProxy it talks to, where its files are), with a button that copies them.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Details
    {
        QString instanceName; // the instance shown, if any
        QString instanceVersion; // its HAProxy version, as it reported it
        QString settingsFile;
        QString auditLogFile;
    };
    AboutDialog(const Details &details, QWidget *parent = nullptr);

    // The lines Copy puts on the clipboard: plain text, one "what: value" a line.
    static QString detailsText(const Details &details);
    QPushButton *copyButton() const { return m_copy; }

private:
    void copy();

    QString m_text;
    QPlainTextEdit *m_details;
    QPushButton *m_copy;
};
