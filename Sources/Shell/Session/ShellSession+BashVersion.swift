import Cluster

extension ShellSession {
    /// What GNU bash sets about itself as it starts (`variables.c`): `BASH_VERSION`, and
    /// `BASH_VERSINFO`, a read-only array of its version's parts.
    func setBashVersion() {
        environment["BASH_VERSION"] = bashRelease.version
        setArray("BASH_VERSINFO", bashRelease.versionInfo)
        attributes["BASH_VERSINFO", default: []].insert("r")
    }
}
