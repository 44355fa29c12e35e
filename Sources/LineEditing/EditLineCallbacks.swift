import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// C callbacks registered with libedit. They capture nothing, so they convert to C function
// pointers; everything they need comes from the `EditLineContext` behind EL_CLIENTDATA.

/// The delimiter around non-printing parts of a prompt (colour escapes).
let promptIgnoreCharacter: CChar = 1

/// EL_PROMPT_ESC: the prompt to draw.
func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    EditLineContext.of(editLine)?.prompt
}

/// Bound to Tab: inserts the completion of the word before the cursor, or lists the candidates
/// when Tab is pressed again on a line it could not complete further.
func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let context = EditLineContext.of(editLine), let line = el_line(editLine)?.pointee,
        let buffer = line.buffer, let cursor = line.cursor, let lastChar = line.lastchar
    else {
        return UInt8(CC_ERROR)
    }
    // el_line's pointers delimit a UTF-8 copy of the line, so their differences count bytes.
    let before = decode(buffer, count: cursor - buffer)
    let after = decode(cursor, count: lastChar - cursor)
    let completion = TabCompletion(beforeCursor: before, candidates: context.completer(before, before.count))
    if !completion.insertion.isEmpty {
        _ = el_insertstr(editLine, completion.insertion)
    }
    guard !completion.candidates.isEmpty else {
        context.ambiguousLine = nil
        return UInt8(completion.insertion.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
    }
    let state = before + completion.insertion + "\u{0}" + after
    defer { context.ambiguousLine = state }
    guard completion.insertion.isEmpty, context.ambiguousLine == state else {
        return UInt8(completion.insertion.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
    }
    let width = Int(ceditline_columns(editLine))
    Terminal.write("\n" + CandidateListing.text(completion.listed, width: width > 0 ? width : 80))
    return UInt8(CC_REDISPLAY)
}

/// Bound to Ctrl-C (ISIG is off while editing): shows `^C` at the end of the line, ends the
/// line and marks it abandoned.
func editLineInterrupt(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let context = EditLineContext.of(editLine), let line = el_line(editLine)?.pointee,
        let cursor = line.cursor, let lastChar = line.lastchar
    else {
        return UInt8(CC_ERROR)
    }
    context.interrupted = true
    // el_cursor moves by characters; the line's wide buffer holds one per Unicode scalar.
    let scalarsAfterCursor = decode(cursor, count: lastChar - cursor).unicodeScalars.count
    _ = el_cursor(editLine, Int32(clamping: scalarsAfterCursor))
    _ = el_insertstr(editLine, "^C")
    // Ending the line through the normal Return key moves the screen cursor below it.
    el_push(editLine, "\n")
    return UInt8(CC_REFRESH)
}

/// Bound to Ctrl-Z (ISIG is off while editing): suspends the process as the terminal would.
///
/// libedit's signal handling restores the terminal before stopping and sets it up again on resume.
func editLineSuspend(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    _ = kill(getpid(), SIGTSTP)
    // Back in the foreground: the shell has written below the line, so draw it again whole.
    return UInt8(CC_REDISPLAY)
}

private func decode(_ start: UnsafePointer<CChar>, count: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(start: start, count: max(0, count)), as: UTF8.self)
}
