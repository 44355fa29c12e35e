/// The course side of a session: where the learner is, showing steps, grading, moving on.
extension Session {
    var chapter: Chapter { course.chapters[chapterIndex] }
    var step: Step { chapter.steps[stepIndex] }
    var chapterNumber: Int { course.number(ofChapter: chapterIndex) }

    /// Opens the course at `start`, or where the saved progress left off.
    func startCourse(at start: LessonPosition?) -> Bool {
        guard !course.chapters.isEmpty else {
            output.warn(noChapters.text(language))
            return false
        }
        let (saved, problem) = progressStore.load()
        progress = saved
        if case .corrupt(let path, let backup) = problem {
            output.warn(corruptProgress(path, backup).text(language))
        }
        var position = (chapter: 0, step: 0)
        var resumed = false
        if let start {
            guard let found = start.resolve(in: course) else {
                output.warn(notFound(start.description).text(language))
                return false
            }
            position = found
        } else if let chapterID = progress.chapter,
            let found = LessonPosition(chapter: chapterID, step: progress.step).resolve(in: course)
        {
            position = found
            resumed = true
        }
        if settings.showBanner { output.say(courseBanner.text(language)) }
        if resumed {
            output.say(welcomeBack(course.number(ofChapter: position.chapter), position.step + 1).text(language))
        }
        return enterChapter(position.chapter, step: position.step)
    }

    /// Starts a chapter on a fresh lab at `step`, running earlier steps' solutions quietly so the
    /// lab is where the learner would have left it.
    @discardableResult
    func enterChapter(_ index: Int, step: Int) -> Bool {
        let target = course.chapters[index]
        guard replaceLab(world: target.world) else { return false }
        chapterIndex = index
        stepIndex = step
        output.say(chapterHeader(chapterNumber, chapter.title.text(language)).text(language))
        if step > 0 { catchUp(to: step) }
        beginStep(leadingBlank: false)
        return true
    }

    private func catchUp(to step: Int) {
        guard let lab else { return }
        let lines = chapter.steps[..<step].flatMap(\.solution).filter { !$0.hasPrefix(":") }
        guard !lines.isEmpty else { return }
        for line in lines { _ = lab.run(line, sink: DiscardingSink()) }
        output.say(caughtUp.text(language))
    }

    /// Shows the current step and forgets what was done towards the previous one.
    func beginStep(leadingBlank: Bool = true) {
        hintsShown = 0
        lastEvent = nil
        courseComplete = false
        progress.chapter = chapter.id
        progress.step = step.id
        saveProgress()
        var lines: [String] = leadingBlank ? [""] : []
        lines.append(stepHeader(stepIndex + 1, chapter.steps.count, step.title.text(language)).text(language))
        lines.append(step.text.text(language))
        lines.append("")
        lines.append(taskLine(step.task.text(language)).text(language))
        if let question = step.check.question {
            for (number, choice) in question.choices.enumerated() {
                lines.append("  \(number + 1)) \(choice.text(language))")
            }
            lines.append((question.choices.isEmpty ? answerTextHow : answerChoiceHow).text(language))
        }
        output.say(lines.joined(separator: "\n"))
    }

    /// Grades the current step and says the verdict; `asked` is true for `:check` and `:answer`,
    /// which also report "not yet".
    func grade(answer: String?, asked: Bool) {
        guard inCourse, !courseComplete, let lab else { return }
        switch checker.evaluate(step.check, event: lastEvent, answer: answer, lab: lab) {
        case .passed:
            output.say(passedLine(step.title.text(language)).text(language))
            completeStep()
        case .mistake(let explanation):
            output.say(mistakeLine(explanation.text(language)).text(language))
        case .notYet:
            if asked { output.say(notYetLine(step.task.text(language)).text(language)) }
        }
    }

    private func completeStep() {
        progress.markDone(chapter: chapter.id, step: step.id)
        if stepIndex + 1 < chapter.steps.count {
            stepIndex += 1
            beginStep()
            return
        }
        output.say(chapterDone(chapterNumber, chapter.title.text(language)).text(language))
        if chapterIndex + 1 < course.chapters.count {
            output.say("")
            enterChapter(chapterIndex + 1, step: 0)
        } else {
            courseComplete = true
            saveProgress()
            output.say(courseDone.text(language))
        }
    }

    func saveProgress() {
        do {
            try progressStore.save(progress)
        } catch {
            guard !savingFailed else { return }
            savingFailed = true
            output.warn(saveFailed("\(error)").text(language))
        }
    }
}

private let courseBanner = Localized(
    zhTW: """
        taroko：離線的 Kubernetes 教室（303 課程），跑在模擬的 tk8s 實驗環境上。
        輸入 :help 看指令、:hint 看提示；exit 或 Ctrl-D 存檔離開。
        """,
    en: """
        taroko: an offline Kubernetes classroom (course 303) on a simulated tk8s lab.
        Type :help for commands and :hint for a hint; exit or Ctrl-D saves and leaves.
        """)

private let noChapters = Localized(zhTW: "taroko：找不到任何課程章節。", en: "taroko: no lesson chapters found.")

private let caughtUp = Localized(
    zhTW: "（已替你執行前面步驟的解答，實驗環境跟上了進度。）",
    en: "(The earlier steps' solutions were run for you, so the lab has caught up.)")

private let answerChoiceHow = Localized(zhTW: "（用 :answer 編號 作答）", en: "(answer with :answer NUMBER)")
private let answerTextHow = Localized(zhTW: "（用 :answer 你的答案 作答）", en: "(answer with :answer YOUR-ANSWER)")

private let courseDone = Localized(
    zhTW: "★ 恭喜，全部章節都完成了！想自由練習就用 taroko sandbox。",
    en: "★ Congratulations, you have finished every chapter! Practise freely with taroko sandbox.")

func notFound(_ place: String) -> Localized {
    Localized(zhTW: "找不到「\(place)」；用 :lessons 看看有哪些章節。", en: "No chapter or step \"\(place)\"; :lessons lists them.")
}

private func corruptProgress(_ path: String, _ backup: String?) -> Localized {
    guard let backup else {
        return Localized(
            zhTW: "taroko：進度檔 \(path) 無法讀取，這次從頭開始（檔案保留原樣）。",
            en: "taroko: cannot read progress file \(path); starting over this time (the file is left as it is).")
    }
    return Localized(
        zhTW: "taroko：進度檔 \(path) 無法讀取，已另存為 \(backup)，從頭開始。",
        en: "taroko: cannot read progress file \(path); kept it as \(backup) and started over.")
}

private func welcomeBack(_ chapter: Int, _ step: Int) -> Localized {
    Localized(
        zhTW: "歡迎回來！從第 \(chapter) 章第 \(step) 步繼續。", en: "Welcome back! Continuing at chapter \(chapter), step \(step).")
}

private func chapterHeader(_ number: Int, _ title: String) -> Localized {
    Localized(zhTW: "═══ 第 \(number) 章：\(title) ═══", en: "═══ Chapter \(number): \(title) ═══")
}

private func stepHeader(_ number: Int, _ count: Int, _ title: String) -> Localized {
    Localized(zhTW: "── 步驟 \(number)/\(count)：\(title) ──", en: "── Step \(number)/\(count): \(title) ──")
}

private func taskLine(_ task: String) -> Localized {
    Localized(zhTW: "▶ 任務：\(task)", en: "▶ Task: \(task)")
}

private func passedLine(_ title: String) -> Localized {
    Localized(zhTW: "✔ 完成：\(title)", en: "✔ Done: \(title)")
}

private func mistakeLine(_ explanation: String) -> Localized {
    Localized(zhTW: "✘ 差一點：\(explanation)", en: "✘ Not quite: \(explanation)")
}

private func notYetLine(_ task: String) -> Localized {
    Localized(zhTW: "… 還沒完成：\(task)", en: "… Not yet: \(task)")
}

private func chapterDone(_ number: Int, _ title: String) -> Localized {
    Localized(zhTW: "★ 第 \(number) 章完成：\(title)", en: "★ Chapter \(number) complete: \(title)")
}

private func saveFailed(_ error: String) -> Localized {
    Localized(zhTW: "taroko：無法儲存進度：\(error)", en: "taroko: cannot save progress: \(error)")
}
