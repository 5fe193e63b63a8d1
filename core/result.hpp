#pragma once
// Errors as values inside the pipeline: Result<T> holds a T or an Error message.
#include <string>
#include <utility>
#include <variant>

namespace causeline {

/// A failure with a human-readable message ("file:line: what went wrong").
struct Error {
  std::string message;
};

/// Either a value or an Error; like std::expected, which g++ 12 lacks in C++20.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace causeline
