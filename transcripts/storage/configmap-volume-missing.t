A pod whose configMap volume names a ConfigMap that does not exist waits in ContainerCreating:
the kubelet cannot set the volume up, says so in FailedMount events with a growing back-off,
and starts the pod once the ConfigMap is there.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: web-config
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     volumeMounts:
  >     - name: site
  >       mountPath: /usr/share/nginx/html
  >   volumes:
  >   - name: site
  >     configMap:
  >       name: site-pages
  > EOF
  pod/web-config created
  $ sleep 60
  $ kubectl get pod web-config -o wide
  NAME         READY   STATUS              RESTARTS   AGE   IP       NODE           NOMINATED NODE   READINESS GATES
  web-config   0/1     ContainerCreating   0          60s   <none>   tk8s-worker2   <none>           <none>
  $ kubectl describe pod web-config | sed -n '/^Events:/,$p'
  Events:
    Type     Reason       Age                From               Message
    ----     ------       ----               ----               -------
    Normal   Scheduled    60s                default-scheduler  Successfully assigned default/web-config to tk8s-worker2
    Warning  FailedMount  29s (x7 over 60s)  kubelet            MountVolume.SetUp failed for volume "site" : configmap "site-pages" not found
  $ kubectl create configmap site-pages --from-literal=index.html='<h1>hello</h1>'
  configmap/site-pages created
  $ sleep 60
  $ kubectl get pod web-config
  NAME         READY   STATUS    RESTARTS   AGE
  web-config   1/1     Running   0          2m
  $ kubectl exec web-config -- cat /usr/share/nginx/html/index.html; echo
  <h1>hello</h1>
