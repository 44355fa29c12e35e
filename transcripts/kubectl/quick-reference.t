Commands from the kubectl Quick Reference (kubernetes.io/docs/reference/kubectl/quick-reference/),
run in the lab as a learner copies them.

Autocompletion: the script loads through process substitution, and the alias completes too.
  $ source <(kubectl completion bash)
  $ alias k=kubectl
  $ complete -o default -F __start_kubectl k
  $ complete -p k kubectl
  complete -o default -F __start_kubectl k
  complete -o default -F __start_kubectl kubectl

`config view --minify` keeps the current context with the cluster and user it names, so each
must exist (client-go checks the cluster first).
  $ kubectl config set-context gce --user=cluster-admin --namespace=foo && kubectl config use-context gce
  Context "gce" created.
  Switched to context "gce".
  $ kubectl config view --minify | grep namespace | cut -d" " -f6
  error: cannot locate user cluster-admin
  $ kubectl config set-context gce --cluster=nope
  Context "gce" modified.
  $ kubectl config view --minify
  error: cannot locate cluster nope
  $ kubectl config set-context gce --cluster=tk8s --user=kubernetes-admin
  Context "gce" modified.
  $ kubectl config view --minify -o jsonpath='{.contexts[0].context.namespace}'; echo
  foo
  $ kubectl config use-context kubernetes-admin@tk8s
  Switched to context "kubernetes-admin@tk8s".

`kubectl run -i --tty` keeps --restart's default, Always: leaving the shell ends the session
with kubectl's hint to attach again, and the container starts over.
  $ kubectl run -i --tty busybox --image=busybox:1.28 -- sh
  If you don't see a command prompt, try pressing enter.
  $ exit
  Session ended, resume using 'kubectl attach busybox -c busybox -i -t' command when the pod is running
  $ sleep 10
  $ kubectl get pod busybox -o jsonpath='{.spec.restartPolicy} {.status.containerStatuses[0].restartCount}'; echo
  Always 1

port-forward to a Service takes its port by number or by name; a name alone listens on the
Service port it names.
  $ kubectl create deployment my-deployment --image=nginx --port=80
  deployment.apps/my-deployment created
  $ kubectl create service clusterip my-service --tcp=5000:80
  service/my-service created
  $ kubectl patch service my-service --type=json -p '[{"op":"add","path":"/spec/ports/0/name","value":"web"},{"op":"replace","path":"/spec/selector","value":{"app":"my-deployment"}}]'
  service/my-service patched
  $ sleep 30
  $ kubectl port-forward svc/my-service 5000:my-service-port
  error: Service 'my-service' does not have a named port 'my-service-port'
  $ kubectl port-forward svc/my-service web
  Forwarding from 127.0.0.1:5000 -> 80
  Forwarding from [::1]:5000 -> 80
  $ kubectl port-forward svc/my-service 5001:web
  Forwarding from 127.0.0.1:5001 -> 80
  Forwarding from [::1]:5001 -> 80
  $ kubectl port-forward svc/my-service 5002:5001
  error: Service my-service does not have a service port 5001

`kubectl exec -it` runs the command with a terminal, and containerd sets TERM=xterm for it
(before the HOME that runc adds); without -t there is none.
  $ kubectl run box --image=busybox:1.28 -- sleep 1d
  pod/box created
  $ sleep 10
  $ kubectl exec -it box -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=box
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  MY_SERVICE_PORT=tcp://10.98.0.100:5000
  MY_SERVICE_PORT_5000_TCP=tcp://10.98.0.100:5000
  MY_SERVICE_PORT_5000_TCP_ADDR=10.98.0.100
  MY_SERVICE_PORT_5000_TCP_PORT=5000
  MY_SERVICE_PORT_5000_TCP_PROTO=tcp
  MY_SERVICE_SERVICE_HOST=10.98.0.100
  MY_SERVICE_SERVICE_PORT=5000
  MY_SERVICE_SERVICE_PORT_WEB=5000
  TERM=xterm
  HOME=/root
  $ kubectl exec box -- env | grep -c TERM
  0

Copying through tar and exec, in both directions (the host has GNU tar too).
  $ mkdir -p /tmp/foo_dir && echo hello > /tmp/foo_dir/a.txt
  $ kubectl exec box -- mkdir -p /tmp/bar
  $ tar cf - /tmp/foo_dir | kubectl exec -i box -- tar xf - -C /tmp/bar
  tar: Removing leading `/' from member names
  $ kubectl exec box -- cat /tmp/bar/tmp/foo_dir/a.txt
  hello
  $ mkdir -p /tmp/back
  $ kubectl exec box -- tar cf - /tmp/bar | tar xf - -C /tmp/back
  tar: removing leading '/' from member names
  $ ls -l /tmp/back/tmp/bar/tmp/foo_dir
  total 4
  -rw-rw-r-- 1 bigred bigred 6 Apr 23 07:25 a.txt
