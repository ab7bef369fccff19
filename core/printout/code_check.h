#pragma once

#include "model/workbook.h"

#include <QString>

namespace x1 {

// A code typed from a sealed paper copy, compared with a workbook the way `x1apply-cli verify`
// and the window's 核对纸质件 do it.
struct CodeCheck {
    enum class Answer {
        NotACode, // cannot be a verification code (normaliseVerificationCode gave nothing)
        Match,    // the workbook prints this code now
        NoMatch,
    };
    Answer answer = Answer::NotACode;
    QString typed;     // canonical X1-… form of what was typed
    QString current;   // the code of the workbook now
    QString finalised; // the code recorded at the last 定稿; empty when never finalised
    // No match, but the paper is the workbook as it was at its last 定稿: changed since.
    bool paperIsLastFinalised = false;
};

CodeCheck checkVerificationCode(const Workbook& workbook, const QString& typed);

} // namespace x1
