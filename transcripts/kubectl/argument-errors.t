Arguments are checked as kubectl 1.32 checks them, in its order: run reads the dry run and
output format, then the name, the image reference and the attach options, then the
generator's environment, labels and port; port-forward looks up port names before it reads
the numbers; config view takes no arguments; set-cluster embeds a certificate authority only
when it is given one; top takes one name; scale reads its dry run first and refuses a selector
with names as the resource builder does; set image fetches before it asks for an image; a
--cluster the kubeconfig lacks has no server.
  $ kubectl run web --image='bad image' --dry-run=client
  error: Invalid image name "bad image": invalid reference format
  $ kubectl run web --image=nginx --env=novalue --dry-run=client
  error: invalid env: novalue
  $ kubectl run web --image=nginx --env=1X=y --dry-run=client
  error: invalid env: 1X=y
  $ kubectl run web --image=nginx --labels=app --dry-run=client
  error: unexpected label spec: app
  $ kubectl run web --image=nginx --labels=a=b=c --dry-run=client
  error: unexpected label spec: a=b=c
  $ kubectl run web --image=nginx --labels==b --dry-run=client
  error: unexpected empty label key
  $ kubectl run --image=nginx --dry-run=bogus
  error: Invalid dry-run value (bogus). Must be "none", "server", or "client".
  $ kubectl run web --image=nginx --env=A=1 --labels=app=web --dry-run=client -o jsonpath='{.metadata.labels} {.spec.containers[0].env}{"\n"}'
  {"app":"web"} [{"name":"A","value":"1"}]
  $ kubectl port-forward pod/goweb x:80
  error: error parsing local port 'x': strconv.ParseUint: parsing "x": invalid syntax
  $ kubectl port-forward pod/goweb 99999
  error: error parsing local port '99999': strconv.ParseUint: parsing "99999": value out of range
  $ kubectl port-forward pod/goweb 80:70000
  error: error parsing remote port '70000': strconv.ParseUint: parsing "70000": value out of range
  $ kubectl port-forward pod/goweb 80:0
  error: remote port must be > 0
  $ kubectl port-forward pod/goweb http
  error: Pod 'goweb' does not have a named port 'http'
  $ kubectl config view extra
  error: unexpected arguments: [extra]
  See 'kubectl config view -h' for help and examples
  $ kubectl config set-cluster lab --embed-certs
  error: you must specify a --certificate-authority to embed
  $ printf 'not really a CA\n' > ca.crt
  $ kubectl config set-cluster lab --certificate-authority=ca.crt --insecure-skip-tls-verify
  error: you cannot specify a certificate authority and insecure mode at the same time
  $ kubectl config set-cluster lab --server=https://172.22.0.1:6443 --certificate-authority=/nonexistent --embed-certs
  error: could not stat certificate-authority file /nonexistent: stat /nonexistent: no such file or directory
  $ kubectl config set-cluster lab --server=https://172.22.0.1:6443 --certificate-authority=ca.crt --tls-server-name=kubernetes
  Cluster "lab" set.
  $ kubectl config set-cluster embedded --certificate-authority=ca.crt --embed-certs
  Cluster "embedded" set.
  $ kubectl config set-credentials basic --username=admin --password=secret
  User "basic" set.
  $ kubectl config view -o jsonpath='{.clusters[?(@.name=="lab")].cluster}{"\n"}{.users[?(@.name=="basic")].user}{"\n"}'
  {"certificate-authority":"/home/bigred/ca.crt","server":"https://172.22.0.1:6443","tls-server-name":"kubernetes"}
  {"password":"REDACTED","username":"admin"}
  $ kubectl config view --raw -o jsonpath='{.clusters[?(@.name=="embedded")].cluster}{"\n"}'
  {"certificate-authority-data":"bm90IHJlYWxseSBhIENBCg==","server":""}
  $ kubectl top node a b
  error: node [NAME | -l label]
  See 'kubectl top node -h' for help and examples
  $ kubectl top node a -l x=y
  error: only one of NAME or --selector can be provided
  $ kubectl top pod a -l x=y
  error: only one of NAME or selector can be provided
  $ kubectl events -o wide
  error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  $ kubectl scale deploy/nosuch --replicas=2 -l app=web
  error: selectors and the all flag cannot be used when passing resource/name arguments
  $ kubectl scale deploy nosuch --replicas=2 -l app=web
  error: name cannot be provided when a selector is specified
  $ kubectl scale deploy/nosuch --replicas=2 --all
  error: no objects passed to scale deployments.apps "nosuch" not found
  $ kubectl scale deploy/nosuch --replicas=-1 --dry-run=bogus
  error: Invalid dry-run value (bogus). Must be "none", "server", or "client".
  $ kubectl set image deploy/nosuch
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl get pods --cluster=nosuch --user=nosuch
  error: no server found for cluster "nosuch"
