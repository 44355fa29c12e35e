extension TutorApp {
    /// `taroko`: takes the course from `start`, or from where the learner left off.
    public func course(start: LessonPosition? = nil) -> Int32 {
        guard home != nil else { return homeMissing() }
        return runOnTerminal(mode: .course(start: start), course: loadCourse())
    }
}
