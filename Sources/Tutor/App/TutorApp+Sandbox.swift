extension TutorApp {
    /// `taroko sandbox`: the lab with no lesson; in plain mode only the commands' output is printed.
    public func sandbox(world: String = "tk8s") -> Int32 {
        runOnTerminal(mode: .sandbox(world: world), course: loadCourse(warn: false))
    }
}
