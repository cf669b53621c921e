#include "views/preferencesdialog.h"

#include "core/client/poller.h"
#include "core/storage/auditlog.h"
#include "core/storage/writablefile.h"
#include "models/historystore.h"
#include "models/settings.h"
#include "views/historybudgetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(
    Settings *settings, HistoryStore *history, const QString &auditLogInUse, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_history(history)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *general = new QWidget(m_pages);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(buildPollingGroup(general));
    generalLayout->addWidget(buildLanguageGroup(general));
    generalLayout->addWidget(buildAuditGroup(general, auditLogInUse));
    generalLayout->addStretch(1);
    m_pages->addTab(general, tr("General"));
    layout->addWidget(m_pages, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAccessibleName(tr("Preferences message"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    layout->addWidget(m_buttons);

    setMinimumWidth(600);
    reload();
    m_intervalSpin->setFocus();
}

QLabel *PreferencesDialog::note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QWidget *PreferencesDialog::buildPollingGroup(QWidget *parent)
{
    auto *group = new QGroupBox(tr("Instances"), parent);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_intervalSpin = new QDoubleSpinBox(group);
    m_intervalSpin->setObjectName(QStringLiteral("defaultIntervalSpinBox"));
    m_intervalSpin->setDecimals(1);
    m_intervalSpin->setRange(Poller::MinIntervalMs / 1000.0, Poller::MaxIntervalMs / 1000.0);
    m_intervalSpin->setSingleStep(0.5);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setAccessibleName(tr("Default poll interval"));
    form->addRow(tr("Default poll &interval:"), m_intervalSpin);
    form->addRow(note(tr("Instances opened from now on start polling this often. The interval in the "
                         "toolbar changes the instance shown."),
        group));

    m_budgetSpin = new QSpinBox(group);
    m_budgetSpin->setObjectName(QStringLiteral("budgetSpinBox"));
    // Wider than what is kept, as in View ▸ History Memory: a value out of bounds is
    // clamped with a word rather than refused without one.
    m_budgetSpin->setRange(0, 1024 * 1024);
    m_budgetSpin->setSuffix(tr(" MiB"));
    m_budgetSpin->setAccessibleName(tr("History budget per instance"));
    form->addRow(tr("History &memory per instance:"), m_budgetSpin);
    form->addRow(note(tr("The most memory one instance's traffic history may take once it holds 7 days; "
                         "applied at once to every open instance."),
        group));

    m_reopenCheck = new QCheckBox(tr("&Reopen the instances that were open when hadesk quit"), group);
    m_reopenCheck->setObjectName(QStringLiteral("reopenCheckBox"));
    m_reopenCheck->setToolTip(tr("When hadesk starts without an address or a profile on its command line, "
                                 "it reopens them and shows the one that was shown"));
    form->addRow(m_reopenCheck);
    return group;
}

QWidget *PreferencesDialog::buildLanguageGroup(QWidget *parent)
{
    auto *group = new QGroupBox(tr("Language"), parent);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageCombo = new QComboBox(group);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language"));
    // Each language in its own words, so that it can be found whatever language is shown.
    const QString system = QLocale::system().nativeLanguageName();
    m_languageCombo->addItem(system.isEmpty() ? tr("System") : tr("System (%1)").arg(system), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(note(tr("Takes effect the next time hadesk starts: the windows open now keep their "
                         "language until then."),
        group));
    return group;
}

QWidget *PreferencesDialog::buildAuditGroup(QWidget *parent, const QString &auditLogInUse)
{
    auto *group = new QGroupBox(tr("Audit Log"), parent);
    auto *form = new QFormLayout(group);
    m_auditEdit = new QLineEdit(group);
    m_auditEdit->setObjectName(QStringLiteral("auditLogEdit"));
    m_auditEdit->setPlaceholderText(QDir::toNativeSeparators(AuditLog::defaultPath()));
    m_auditEdit->setAccessibleName(tr("Audit log file"));
    m_auditEdit->setToolTip(tr("Empty: the default place, shown greyed"));
    m_auditEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), group);
    browse->setObjectName(QStringLiteral("browseAuditLogButton"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseAuditLog);
    auto *row = new QHBoxLayout;
    row->addWidget(m_auditEdit, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&File:"), group);
    label->setBuddy(m_auditEdit);
    form->addRow(label, row);
    QString text = tr("Every command sent is recorded there from the next start; the records written so far "
                      "stay in %1.")
                       .arg(QDir::toNativeSeparators(auditLogInUse));
    if (qEnvironmentVariableIsSet("HADESK_AUDIT_LOG"))
        text += u' ' + tr("HADESK_AUDIT_LOG is set in the environment and wins over this file.");
    QLabel *where = note(text, group);
    where->setObjectName(QStringLiteral("auditLogNote"));
    form->addRow(where);
    return group;
}

void PreferencesDialog::addPage(QWidget *page, const QString &title)
{
    m_pages->addTab(page, title);
}

void PreferencesDialog::reload()
{
    m_intervalSpin->setValue(m_settings->pollIntervalMs() / 1000.0);
    m_budgetSpin->setValue(m_settings->historyBudgetMiB());
    const QString language = m_settings->language();
    int index = m_languageCombo->findData(language);
    if (index < 0) {
        // A code set elsewhere (--lang is not kept; a hand-edited "fr_CH" is): kept as it is.
        m_languageCombo->addItem(language, language);
        index = m_languageCombo->count() - 1;
    }
    m_languageCombo->setCurrentIndex(index);
    m_auditEdit->setText(QDir::toNativeSeparators(m_settings->auditLogPath()));
    m_reopenCheck->setChecked(m_settings->reopenInstances());
    emit reloaded();
}

bool PreferencesDialog::apply()
{
    const QString auditPath = QDir::fromNativeSeparators(m_auditEdit->text().trimmed());
    if (!auditPath.isEmpty()) {
        if (const QString problem = WritableFile::problem(auditPath); !problem.isEmpty()) {
            showMessage(tr("The audit log cannot be written there: %1 Nothing was saved.").arg(problem));
            m_pages->setCurrentIndex(0);
            m_auditEdit->setFocus(Qt::OtherFocusReason);
            m_auditEdit->selectAll();
            return false;
        }
    }
    m_settings->setPollIntervalMs(int(m_intervalSpin->value() * 1000.0 + 0.5));
    const int wantedBudget = m_budgetSpin->value();
    const HistoryBudgetDialog::Applied budget =
        HistoryBudgetDialog::applyBudget(m_history, m_settings, wantedBudget);
    m_budgetSpin->setValue(budget.mib);
    m_settings->setLanguage(m_languageCombo->currentData().toString());
    m_settings->setAuditLogPath(auditPath.isEmpty() ? QString() : QDir::cleanPath(auditPath));
    m_settings->setReopenInstances(m_reopenCheck->isChecked());
    emit applied();
    m_settings->store().sync();
    const bool asTyped = budget.mib == wantedBudget;
    showMessage(asTyped ? tr("Saved.") : tr("Saved. %1").arg(budget.message));
    return asTyped;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::browseAuditLog()
{
    const QString current = QDir::fromNativeSeparators(m_auditEdit->text().trimmed());
    const QString start = current.isEmpty() ? AuditLog::defaultPath() : current;
    // open(), not the static getSaveFileName(): that one spins an event loop of its own.
    auto *files = new QFileDialog(this, tr("Audit Log File"), QFileInfo(start).absolutePath(),
        tr("Audit logs (*.jsonl);;All files (*)"));
    files->setObjectName(QStringLiteral("auditLogFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setFileMode(QFileDialog::AnyFile);
    // An existing log is appended to, never replaced: no "overwrite?" question.
    files->setOption(QFileDialog::DontConfirmOverwrite);
    files->selectFile(QFileInfo(start).fileName());
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!file.isEmpty())
            m_auditEdit->setText(QDir::toNativeSeparators(file));
    });
    files->open();
}

void PreferencesDialog::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString PreferencesDialog::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}
