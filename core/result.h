#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or a human-readable reason why there is none. Used by every parser and
// builder of core/ so that bad input always carries a message naming what is wrong.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Throws std::bad_optional_access on a failure: a caller that skipped ok() fails
    // loudly instead of reading garbage.
    const T &value() const { return m_value.value(); }
    T &value() { return m_value.value(); }
    const T &operator*() const { return m_value.value(); }
    const T *operator->() const { return &m_value.value(); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Success, or a human-readable reason for the failure: for operations that give nothing back
// (storing a profile, starting a list afresh). `return {};` is success.
template<>
class Result<void>
{
public:
    Result() = default;
    static Result success() { return {}; }
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
