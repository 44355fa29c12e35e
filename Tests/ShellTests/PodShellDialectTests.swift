import Cluster
import Kubectl
import Testing

@testable import Shell

@Suite("kubectl exec runs the image's own sh, with its language and its words")
struct PodShellDialectTests {
    @Test("nginx's sh is dash: `sh -c` counts its own lines and names its $0")
    func dashInNginx() throws {
        let lab = try tk8sLab(after: ["kubectl run web --image=nginx", "sleep 20"])
        let array = run(lab, "kubectl exec web -- sh -c 'echo one; a=(1)'")
        #expect(array.out == "" && array.err == "sh: 1: Syntax error: \"(\" unexpected\ncommand terminated with exit code 2\n")
        let named = run(lab, "kubectl exec web -- sh -c 'echo ${HOSTNAME^^}' name")
        #expect(named.err == "name: 1: Bad substitution\ncommand terminated with exit code 2\n")
        #expect(run(lab, "kubectl exec web -- bash -c 'a=(x y); echo ${a[1]}'").out == "y\n")
    }

    @Test("an image's bash exports PWD and one more SHLVL (one less for the program its -c ends by running), and sets BASH_VERSINFO read-only")
    func bashStartUp() throws {
        let lab = try tk8sLab(after: [
            "kubectl run web --image=nginx", "kubectl run db --image=mysql --env=MYSQL_ROOT_PASSWORD=x", "sleep 20",
        ])
        #expect(run(lab, "kubectl exec web -- bash -c 'printenv PWD SHLVL; bash -c \"printenv SHLVL\"'").out == "/\n1\n0\n")
        #expect(run(lab, "kubectl exec web -- bash -c 'echo ${BASH_VERSINFO[*]}'").out == "5 2 15 1 release x86_64-pc-linux-gnu\n")
        #expect(run(lab, "kubectl exec db -- sh -c 'echo $BASH_VERSION; declare -p BASH_VERSINFO'").out == """
            5.1.8(1)-release
            declare -ar BASH_VERSINFO=([0]="5" [1]="1" [2]="8" [3]="1" [4]="release" [5]="x86_64-redhat-linux-gnu")

            """)
        #expect(run(lab, "kubectl exec web -- bash -c 'BASH_VERSINFO[0]=6'").err
            == "bash: BASH_VERSINFO: readonly variable\ncommand terminated with exit code 1\n")
        #expect(run(lab, "kubectl exec web -- sh -c 'echo ${BASH_VERSINFO-unset}; printenv SHLVL'").out == "unset\n")
    }

    @Test("the host's bash is Ubuntu 24.04's")
    func hostBashVersion() throws {
        #expect(run(try tk8sLab(after: []), "echo $BASH_VERSION ${BASH_VERSINFO[5]}").out == "5.2.21(1)-release x86_64-pc-linux-gnu\n")
    }

    @Test("busybox's sh is ash: `sh -c` given a $0 names it and the line")
    func ashInBusybox() throws {
        let lab = try tk8sLab(after: ["kubectl run box --image=busybox -- sleep 3600", "sleep 20"])
        #expect(run(lab, "kubectl exec box -- sh -c 'nosuch'").err == "sh: nosuch: not found\ncommand terminated with exit code 127\n")
        #expect(run(lab, "kubectl exec box -- sh -c 'nosuch' job").err == "job: line 1: nosuch: not found\ncommand terminated with exit code 127\n")
        #expect(run(lab, "kubectl exec box -- sh -c 'echo ${HOSTNAME:0:2}'").out == "bo\n")
    }

    @Test("nginx's Alpine tags run busybox ash as sh, and have no bash")
    func ashInNginxAlpine() throws {
        let lab = try tk8sLab(after: ["kubectl run web --image=nginx:alpine", "sleep 20"])
        #expect(run(lab, "kubectl exec web -- sh -c '[[ $HOSTNAME == w* ]] && echo ash; [ 1 -eq x ]'").out == "ash\n")
        #expect(run(lab, "kubectl exec web -- sh -c '[ 1 -eq x ]'").err == "sh: x: bad number\ncommand terminated with exit code 2\n")
        #expect(run(lab, "kubectl exec web -- bash").err.contains("exec: \"bash\": executable file not found"))
    }
}
