#pragma once

#include <QByteArray>

#include <optional>

// Cuts the bytes of a prompt-mode CLI session into answers. A worker's stats socket ends
// each one with "\n> " (an empty answer is a bare "> " right after the previous prompt);
// the master CLI (`haproxy -S`) ends each with "\nmaster> ", or "\nmaster[<status>]> " when
// the master has something to tell ("ReloadFailed"). Which of the two it is comes from the
// first bytes, the answer to `prompt`, unless set. Bytes are kept until an answer is
// complete; a search that found no end resumes where it stopped, so a large answer read in
// many pieces is scanned once.
class PromptFramer
{
public:
    enum class Style { Unknown, Worker, Master };

    void append(const QByteArray &bytes);
    // The next complete answer without its prompt, or nothing while the buffer holds none.
    std::optional<QByteArray> next();

    Style style() const { return m_style; }
    void setStyle(Style style) { m_style = style; }
    // The status of the master's last prompt ("ReloadFailed"), empty for "master> ".
    const QByteArray &masterStatus() const { return m_masterStatus; }

    qsizetype size() const { return m_buffer.size(); } // bytes not yet handed out
    bool isEmpty() const { return m_buffer.isEmpty(); }
    void clear(); // also forgets the style
    // The most bytes the buffer has held since this object was made.
    qsizetype peakSize() const { return m_peak; }

    // The length of the master prompt at the start of bytes ("master> ", "master[X]> "),
    // 0 when bytes could still become one, -1 when they are not one. Status words are
    // letters, digits, '-' and '_' (at most 64).
    static qsizetype masterPromptLength(QByteArrayView bytes);

private:
    // Where the answer ends and how long its prompt is; end < 0 when none is complete.
    void findWorkerEnd(qsizetype *end, qsizetype *skip);
    void findMasterEnd(qsizetype *end, qsizetype *skip);
    QByteArray takeAnswer(qsizetype end, qsizetype skip);

    QByteArray m_buffer;
    QByteArray m_masterStatus;
    qsizetype m_scanFrom = 0; // where to resume looking for the prompt
    qsizetype m_peak = 0;
    Style m_style = Style::Unknown;
};
