#pragma once

#include <QByteArray>

#include <optional>

// Cuts the bytes of a prompt-mode CLI session into answers: HAProxy ends each one with
// "\n> " (an empty answer is a bare "> " right after the previous prompt). Bytes are kept
// until an answer is complete; a search that found no end resumes where it stopped, so a
// large answer read in many pieces is scanned once.
class PromptFramer
{
public:
    void append(const QByteArray &bytes);
    // The next complete answer without its prompt, or nothing while the buffer holds none.
    std::optional<QByteArray> next();

    qsizetype size() const { return m_buffer.size(); } // bytes not yet handed out
    bool isEmpty() const { return m_buffer.isEmpty(); }
    void clear();
    // The most bytes the buffer has held since this object was made.
    qsizetype peakSize() const { return m_peak; }

private:
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; // where to resume looking for the prompt
    qsizetype m_peak = 0;
};
