kube-proxy's nftables mode runs one proxier per address family, and it takes nftables to
support both, so every node has a `table ip6 kube-proxy` too, even on this IPv4-only cluster:
the same chains with no Services in it, and no node address in `nodeport-ips` (the node has no
IPv6 address; kube-proxy falls back to ::1, which it never accepts NodePorts on).
  $ sudo podman exec tk8s-worker2 nft list tables
  table ip kube-proxy
  table ip6 kube-proxy
  $ sudo podman exec tk8s-worker2 nft list ruleset | grep '^table'
  table ip kube-proxy {
  table ip6 kube-proxy {
  $ sudo podman exec tk8s-worker2 nft list set ip6 kube-proxy nodeport-ips
  table ip6 kube-proxy {
  	set nodeport-ips {
  		type ipv6_addr
  		comment "IPs that accept NodePort traffic"
  	}
  }
  $ sudo podman exec tk8s-worker2 nft list set ip kube-proxy nodeport-ips
  table ip kube-proxy {
  	set nodeport-ips {
  		type ipv4_addr
  		comment "IPs that accept NodePort traffic"
  		elements = { 172.22.0.3 }
  	}
  }
  $ sudo podman exec tk8s-worker2 nft list chain ip6 kube-proxy services
  table ip6 kube-proxy {
  	chain services {
  		ip6 daddr . meta l4proto . th dport vmap @service-ips
  		ip6 daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports
  	}
  }
  $ sudo podman exec tk8s-worker2 nft list chain kube-proxy cluster-ips-check
  table ip kube-proxy {
  	chain cluster-ips-check {
  		ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"
  	}
  }
  $ sudo podman exec tk8s-worker2 nft list map ip kube-proxy service-ips
  table ip kube-proxy {
  	map service-ips {
  		type ipv4_addr . inet_proto . inet_service : verdict
  		comment "ClusterIP, ExternalIP and LoadBalancer IP traffic"
  		elements = { 10.98.0.1 . tcp . 443 : goto service-2QRHZV4L-default/kubernetes/tcp/https,
  			     10.98.0.10 . udp . 53 : goto service-FY5PMXPG-kube-system/kube-dns/udp/dns,
  			     10.98.0.10 . tcp . 53 : goto service-NWBZK7IH-kube-system/kube-dns/tcp/dns-tcp,
  			     10.98.0.10 . tcp . 9153 : goto service-AS2KJYAD-kube-system/kube-dns/tcp/metrics,
  			     10.98.0.142 . tcp . 443 : goto service-WXVQUIFM-kube-system/metrics-server/tcp/https }
  	}
  }
  $ sudo podman exec tk8s-worker2 nft list table ip6 kube-proxy | grep -c chain
  16
  $ sudo podman exec tk8s-worker2 nft list chain ip kube-proxy no-such-chain
  Error: No such file or directory
  list chain ip kube-proxy no-such-chain
                           ^^^^^^^^^^^^^
