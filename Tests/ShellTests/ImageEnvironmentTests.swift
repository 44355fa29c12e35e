import Cluster
import Kubectl
import Testing

@testable import Shell

@Suite("Containers start with their image's environment, under the pod's own variables")
struct ImageEnvironmentTests {
    @Test("nginx's ENV lines are in every exec, and a pod variable of the same name wins")
    func nginx() throws {
        let lab = try tk8sLab(after: ["kubectl run web --image=nginx:1.27 --env=NJS_VERSION=mine", "sleep 20"])
        let printed = run(lab, "kubectl exec web -- printenv NGINX_VERSION NJS_VERSION NJS_RELEASE PKG_RELEASE DYNPKG_RELEASE")
        #expect(printed.out == "1.27.5\nmine\n1~bookworm\n1~bookworm\n1~bookworm\n")
    }

    @Test("postgres puts its major's bin directory on the PATH; httpd its prefix's")
    func paths() throws {
        let lab = try tk8sLab(after: [
            "kubectl run db --image=postgres:16 --env=POSTGRES_PASSWORD=x", "kubectl run site --image=httpd:2.4", "sleep 20",
        ])
        #expect(run(lab, "kubectl exec db -- printenv PATH PG_MAJOR PGDATA").out
            == "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin\n16\n/var/lib/postgresql/data\n")
        #expect(run(lab, "kubectl exec db -- printenv PG_VERSION").status == 1)
        #expect(run(lab, "kubectl exec site -- printenv HTTPD_PREFIX HTTPD_VERSION").out == "/usr/local/apache2\n2.4.63\n")
    }

    @Test("redis names its download; busybox sets the PATH alone")
    func others() throws {
        let lab = try tk8sLab(after: ["kubectl run cache --image=redis", "kubectl run box --image=busybox -- sleep 3600", "sleep 20"])
        #expect(run(lab, "kubectl exec cache -- printenv REDIS_DOWNLOAD_URL").out == "http://download.redis.io/releases/redis-7.4.2.tar.gz\n")
        #expect(run(lab, "kubectl exec box -- env").out.split(separator: "\n").filter { !$0.hasPrefix("KUBERNETES_") }
            == ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=box", "HOME=/root"])
    }

    @Test("mysql's Dockerfile sets gosu's version, its major and the packages' versions")
    func mysql() throws {
        let lab = try tk8sLab(after: ["kubectl run db --image=mysql:8.4 --env=MYSQL_ROOT_PASSWORD=x", "sleep 20"])
        #expect(run(lab, "kubectl exec db -- printenv GOSU_VERSION MYSQL_MAJOR MYSQL_VERSION MYSQL_SHELL_VERSION").out
            == "1.17\n8.4\n8.4.5-1.el9\n8.4.5-1.el9\n")
    }
}
