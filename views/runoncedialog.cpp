#include "views/runoncedialog.h"

#include <QPushButton>

void RunOnceDialog::accept()
{
    if (m_hasRun) {
        if (!isRunning())
            QDialog::accept();
        return;
    }
    if (canRun())
        run();
}

void RunOnceDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        return;
    }
    if (m_hasRun)
        QDialog::accept(); // it ran: the caller should know, whatever the button
    else
        QDialog::reject();
}

void RunOnceDialog::beginRun(QPushButton *ok, QPushButton *cancel, QWidget *progress)
{
    m_hasRun = true;
    ok->setEnabled(false);
    ok->setVisible(false);
    cancel->setText(tr("Stop"));
    cancel->setToolTip(tr("Sends nothing more; commands already sent still complete"));
    progress->setVisible(true);
}
