A container whose env names a ConfigMap (or a key) that does not exist is not created: the
kubelet reports CreateContainerConfigError and tries again at each sync, and the container
starts once the ConfigMap has the key.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: needs-config
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox:1.36
  >     command: ["sleep", "3600"]
  >     env:
  >     - name: MODE
  >       valueFrom:
  >         configMapKeyRef:
  >           name: settings
  >           key: mode
  > EOF
  pod/needs-config created
  $ sleep 30
  $ kubectl get pod needs-config
  NAME           READY   STATUS                       RESTARTS   AGE
  needs-config   0/1     CreateContainerConfigError   0          30s
  $ kubectl get pod needs-config -o jsonpath='{.status.containerStatuses[0].state}{"\n"}'
  {"waiting":{"message":"configmap \"settings\" not found","reason":"CreateContainerConfigError"}}
  $ kubectl create configmap settings --from-literal=other=1
  configmap/settings created
  $ sleep 20
  $ kubectl get pod needs-config -o jsonpath='{.status.containerStatuses[0].state.waiting.message}{"\n"}'
  couldn't find key mode in ConfigMap default/settings
  $ kubectl describe pod needs-config | sed -n '/^Events:/,$p'
  Events:
    Type     Reason     Age                From               Message
    ----     ------     ----               ----               -------
    Normal   Scheduled  50s                default-scheduler  Successfully assigned default/needs-config to tk8s-worker2
    Normal   Pulling    48s                kubelet            Pulling image "busybox:1.36"
    Normal   Pulled     48s                kubelet            Successfully pulled image "busybox:1.36" in 908ms (908ms including waiting). Image size: 2167176 bytes.
    Warning  Failed     27s (x4 over 48s)  kubelet            Error: configmap "settings" not found
    Normal   Pulled     6s (x6 over 47s)   kubelet            Container image "busybox:1.36" already present on machine
    Warning  Failed     6s (x3 over 17s)   kubelet            Error: couldn't find key mode in ConfigMap default/settings
  $ kubectl create configmap settings --from-literal=mode=prod --dry-run=client -o yaml | kubectl apply -f -
  Warning: resource configmaps/settings is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/settings configured
  $ sleep 15
  $ kubectl get pod needs-config
  NAME           READY   STATUS    RESTARTS   AGE
  needs-config   1/1     Running   0          65s
  $ kubectl exec needs-config -- printenv MODE
  prod
