extension TutorApp {
    /// `taroko lessons`: lists the chapters with the learner's progress.
    public func lessons() -> Int32 {
        guard home != nil else { return homeMissing() }
        let course = loadCourse()
        let (progress, _) = FileProgressStore(directory: stateDirectory).load()
        let current = progress.chapter.flatMap(course.chapterIndex)
        say(CourseListing(course: course, progress: progress, language: language).render(current: current))
        return 0
    }
}
