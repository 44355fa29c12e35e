import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("An image's own programs inside its containers: nginx, httpd, redis, psql, mysql")
struct ImageProgramTests {
    private func lab(_ lines: [String]) throws -> HostLab { try tk8sLab(after: lines + ["sleep 20"]) }

    @Test("nginx says its tag's version and tests its configuration on stderr; its binaries are in /usr/sbin")
    func nginx() throws {
        let lab = try lab(["kubectl run web --image=nginx:1.27"])
        let version = run(lab, "kubectl exec web -- nginx -v")
        #expect(version.out == "" && version.err == "nginx version: nginx/1.27.5\n" && version.status == 0)
        #expect(run(lab, "kubectl exec web -- nginx -t").err == """
            nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
            nginx: configuration file /etc/nginx/nginx.conf test is successful

            """)
        #expect(run(lab, "kubectl exec web -- sh -c 'ls /usr/sbin/nginx*'").out == "/usr/sbin/nginx\n/usr/sbin/nginx-debug\n")
        #expect(run(lab, "kubectl exec web -- /usr/sbin/nginx -v").err == "nginx version: nginx/1.27.5\n")
        let reload = run(lab, "kubectl exec web -- nginx -s reload")
        #expect(reload.err.hasSuffix(" [notice] \(try pid(reload.err))#\(try pid(reload.err)): signal process started\n"))
        #expect(run(lab, "kubectl exec web -- sh -c 'nginx -v 2>&1 | cut -d/ -f2'").out == "1.27.5\n")
    }

    @Test("a command line the catalog does not give is the lab's honest refusal, not a made-up answer")
    func unsimulated() throws {
        let lab = try lab(["kubectl run web --image=nginx:1.27"])
        let other = run(lab, "kubectl exec web -- nginx -V")
        #expect(other.err == "nginx: this program is in the image, but not part of this lab yet\ncommand terminated with exit code 1\n")
    }

    @Test("redis-cli pings the server beside it; httpd, psql and mysql name their versions")
    func others() throws {
        let lab = try lab([
            "kubectl run cache --image=redis:7.4", "kubectl run site --image=httpd:2.4",
            "kubectl run db --image=postgres:17 --env=POSTGRES_PASSWORD=x", "kubectl run my --image=mysql:8.0 --env=MYSQL_ROOT_PASSWORD=x",
        ])
        #expect(run(lab, "kubectl exec cache -- redis-cli ping").out == "PONG\n")
        #expect(run(lab, "kubectl exec cache -- redis-cli --version").out == "redis-cli 7.4.2\n")
        #expect(run(lab, "kubectl exec cache -- readlink /usr/local/bin/redis-sentinel").out == "redis-server\n")
        #expect(run(lab, "kubectl exec site -- httpd -v").out.hasPrefix("Server version: Apache/2.4.63 (Unix)\nServer built:   "))
        #expect(run(lab, "kubectl exec db -- psql --version").out == "psql (PostgreSQL) 17.4 (Debian 17.4-1.pgdg120+2)\n")
        #expect(run(lab, "kubectl exec my -- mysql --version").out == "mysql  Ver 8.0.42 for Linux on x86_64 (MySQL Community Server - GPL)\n")
    }

    private func pid(_ line: String) throws -> Int {
        let field = try #require(line.split(separator: " ").dropFirst(3).first)
        return try #require(Int(field.prefix { $0 != "#" }))
    }
}
