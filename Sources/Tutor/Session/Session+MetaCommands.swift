/// The tutor's own commands at the prompt (`:help`, `:hint`, `:goto` ...).
extension Session {
    /// Performs a meta-command; returns an exit status when it ends the session.
    func perform(_ command: MetaCommand) -> Int32? {
        switch command {
        case .help:
            output.say((inCourse ? courseHelp : sandboxHelp).text(language))
        case .quit:
            return 0
        case .lessons:
            output.say(
                CourseListing(course: course, progress: progress, language: language)
                    .render(current: inCourse ? chapterIndex : nil))
        case .unknown(let name):
            output.say(unknownCommand(name).text(language))
        case .hint, .check, .next, .back, .goto, .reset, .answer:
            guard inCourse else {
                if command == .reset { resetSandbox() } else { output.say(noLessonHere.text(language)) }
                return nil
            }
            performLessonCommand(command)
        }
        return nil
    }

    private func performLessonCommand(_ command: MetaCommand) {
        switch command {
        case .hint: showHint()
        case .check: grade(answer: nil, asked: true)
        case .next: moveForward()
        case .back:
            guard stepIndex > 0 else { return output.say(firstStep.text(language)) }
            stepIndex -= 1
            beginStep()
        case .goto(let target): go(to: target)
        case .reset:
            output.say(labReset.text(language))
            enterChapter(chapterIndex, step: stepIndex)
        case .answer(let answer):
            guard step.check.question != nil, !courseComplete else { return output.say(noQuestion.text(language)) }
            guard let answer else { return output.say(answerUsage.text(language)) }
            grade(answer: answer, asked: true)
        default: break
        }
    }

    private func showHint() {
        let hints = step.hints
        if hintsShown < hints.count {
            hintsShown += 1
            output.say(hintLine(hintsShown, hints.count, hints[hintsShown - 1].text(language)).text(language))
            return
        }
        var lines = [solutionHeader.text(language)]
        for command in step.solution {
            let parts = command.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("  $ " + (parts.first.map(String.init) ?? ""))
            lines += parts.dropFirst().map { "  > " + $0 }
        }
        output.say(lines.joined(separator: "\n"))
    }

    private func moveForward() {
        if stepIndex + 1 < chapter.steps.count {
            stepIndex += 1
            beginStep()
        } else if chapterIndex + 1 < course.chapters.count {
            output.say("")
            enterChapter(chapterIndex + 1, step: 0)
        } else {
            output.say(lastStep.text(language))
        }
    }

    private func go(to target: String?) {
        guard let target, let position = LessonPosition(parsing: target) else {
            return output.say(gotoUsage.text(language))
        }
        guard let found = position.resolve(in: course) else {
            return output.say(notFound(position.description).text(language))
        }
        output.say("")
        enterChapter(found.chapter, step: found.step)
    }

    private func resetSandbox() {
        guard case .sandbox(let world) = mode, replaceLab(world: world) else { return }
        output.say(labReset.text(language))
    }
}

private let courseHelp = Localized(
    zhTW: """
        taroko 指令（其他輸入都交給實驗環境的 shell）：
          :help             顯示這份說明
          :hint             下一個提示（提示用完後顯示解答）
          :check            檢查這一步完成了沒
          :answer X         回答這一步的問題
          :next             跳到下一步
          :back             回到上一步
          :lessons          列出所有章節與進度
          :goto CH[/STEP]   跳到某一章（的某一步），例如 :goto service-discovery/2
          :reset            重設實驗環境，回到這一步開始時的樣子
          :quit             存檔並離開（exit 或 Ctrl-D 也可以）
        """,
    en: """
        taroko commands (anything else goes to the lab's shell):
          :help             show this help
          :hint             the next hint (after the last one, the solution)
          :check            check whether this step is done
          :answer X         answer this step's question
          :next             skip to the next step
          :back             go back one step
          :lessons          list the chapters and your progress
          :goto CH[/STEP]   jump to a chapter (and step), e.g. :goto service-discovery/2
          :reset            reset the lab to how it was when this step began
          :quit             save and leave (exit or Ctrl-D work too)
        """)

private let sandboxHelp = Localized(
    zhTW: """
        taroko sandbox 指令（其他輸入都交給實驗環境的 shell）：
          :help      顯示這份說明
          :lessons   列出課程章節
          :reset     重設實驗環境
          :quit      離開（exit 或 Ctrl-D 也可以）
        """,
    en: """
        taroko sandbox commands (anything else goes to the lab's shell):
          :help      show this help
          :lessons   list the course's chapters
          :reset     reset the lab
          :quit      leave (exit or Ctrl-D work too)
        """)

private let noLessonHere = Localized(
    zhTW: "沙盒裡沒有課程；執行 taroko 開始上課。", en: "The sandbox has no lesson; run taroko to take the course.")
private let noQuestion = Localized(zhTW: "這一步沒有要回答的問題。", en: "This step has no question to answer.")
private let answerUsage = Localized(zhTW: "用法：:answer 你的答案", en: "Usage: :answer YOUR-ANSWER")
private let gotoUsage = Localized(zhTW: "用法：:goto 章節[/步驟]", en: "Usage: :goto CHAPTER[/STEP]")
private let firstStep = Localized(zhTW: "這已經是第一步了。", en: "This is the first step.")
private let lastStep = Localized(zhTW: "這已經是最後一步了。", en: "This is the last step.")
private let labReset = Localized(zhTW: "實驗環境已重設。", en: "The lab has been reset.")
private let solutionHeader = Localized(zhTW: "解答：", en: "Solution:")

private func hintLine(_ number: Int, _ count: Int, _ hint: String) -> Localized {
    Localized(zhTW: "提示 \(number)/\(count)：\(hint)", en: "Hint \(number)/\(count): \(hint)")
}

private func unknownCommand(_ name: String) -> Localized {
    Localized(zhTW: "不認得 :\(name)；輸入 :help 看看有哪些指令。", en: "Unknown command :\(name); type :help for the list.")
}
