A ConfigMap mounted as a volume follows its updates, but not at once: the kubelet rewrites the
files when it next syncs the pod, once a minute (its --sync-frequency) counted from when it took
the pod on (status.startTime). The pod is taken on at once; the update 30 s later is still not
there at 50 s and shows at 65 s. A key mounted with subPath is a bind mount of the first file
and never changes; the environment is fixed when the container starts.
  $ kubectl create configmap colors --from-literal=color=blue
  configmap/colors created
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: painter
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
  >     env:
  >     - name: COLOR
  >       valueFrom:
  >         configMapKeyRef: {name: colors, key: color}
  >     volumeMounts:
  >     - {name: colors, mountPath: /etc/colors}
  >     - {name: colors, mountPath: /etc/color, subPath: color}
  >   volumes:
  >   - name: colors
  >     configMap: {name: colors}
  > EOF
  pod/painter created
  $ sleep 30
  $ kubectl exec painter -- cat /etc/colors/color; echo
  blue
  $ kubectl create configmap colors --from-literal=color=red --dry-run=client -o yaml | kubectl apply -f -
  Warning: resource configmaps/colors is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/colors configured
  $ kubectl exec painter -- cat /etc/colors/color; echo
  blue
  $ sleep 20
  $ kubectl exec painter -- cat /etc/colors/color; echo
  blue
  $ sleep 15
  $ kubectl exec painter -- cat /etc/colors/color /etc/color; echo
  redblue
  $ kubectl exec painter -- printenv COLOR
  blue
  $ kubectl get pod painter -o jsonpath='{.status.startTime}{"\n"}'
  2025-04-23T07:25:00Z
