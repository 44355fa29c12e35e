-k DIR (--kustomize) names objects wherever kubectl 1.32 takes -f through its shared file-name
options: the kustomization is built as 'kubectl kustomize DIR' builds it, and each object it
makes is looked up live and acted on, as if a manifest of it had been given with -f. label,
annotate, patch, scale, set image/env/resources, every rollout subcommand, expose, autoscale,
edit, apply view-last-applied and auth reconcile take it; run takes it and reads nothing from
it; wait and apply set-last-applied have no such flag.
  $ mkdir web
  $ cat <<EOF > web/deployment.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  $ cat <<EOF > web/kustomization.yaml
  > resources:
  > - deployment.yaml
  > EOF
  $ kubectl apply -k web
  deployment.apps/web created
  $ kubectl label -k web tier=front
  deployment.apps/web labeled
  $ kubectl annotate -k web owner=team-a
  deployment.apps/web annotated
  $ kubectl label --local -k web env=dev -o name
  deployment.apps/web
  $ kubectl get deployment web --show-labels
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE   LABELS
  web    0/1     1            0           0s    tier=front
  $ kubectl patch -k web -p '{"spec":{"revisionHistoryLimit":5}}'
  deployment.apps/web patched
  $ kubectl scale -k web --replicas=2
  deployment.apps/web scaled
  $ kubectl set image -k web nginx=nginx:1.27
  deployment.apps/web image updated
  $ kubectl set resources -k web --requests=cpu=100m
  deployment.apps/web resource requirements updated
  $ kubectl rollout status -k web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl rollout history -k web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  3         <none>
  
  $ kubectl rollout undo -k web
  deployment.apps/web rolled back
  $ kubectl rollout restart -k web
  deployment.apps/web restarted
  $ kubectl rollout pause -k web
  deployment.apps/web paused
  $ kubectl rollout resume -k web
  deployment.apps/web resumed
  $ kubectl expose -k web --port=80
  service/web exposed
  $ kubectl autoscale -k web --max=4
  horizontalpodautoscaler.autoscaling/web autoscaled
  $ kubectl apply view-last-applied -k web -o json
  {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {
      "annotations": {},
      "name": "web",
      "namespace": "default"
    },
    "spec": {
      "replicas": 1,
      "selector": {
        "matchLabels": {
          "app": "web"
        }
      },
      "template": {
        "metadata": {
          "labels": {
            "app": "web"
          }
        },
        "spec": {
          "containers": [
            {
              "image": "nginx",
              "name": "nginx"
            }
          ]
        }
      }
    }
  }
  $ kubectl run tmp --image=nginx -k web --dry-run=client
  pod/tmp created (dry run)
With --local, patch and set change the built objects themselves and send nothing; resource
arguments are refused with it.
  $ kubectl patch -k web -p '{"spec":{"replicas":5}}' --local -o jsonpath='{.spec.replicas}{"\n"}'
  5
  $ kubectl set image -k web nginx=nginx:1.28 --local -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
  nginx:1.28
  $ kubectl set resources -k web --limits=cpu=1 --local
  deployment.apps/web resource requirements updated
  $ kubectl get deployment web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}{"\n"}'
  2 nginx:1.27
  $ kubectl set image deployment/web nginx=nginx:1.28 --local
  error: you must specify resources by --filename when --local is set.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
  $ kubectl patch deployment web -p '{}' --local
  error: cannot specify --local and server resources
A kustomization that also makes a ConfigMap: the verbs that gather their errors act on the
Deployment and report the ConfigMap at the end.
  $ mkdir api
  $ sed 's/web/api/' web/deployment.yaml > api/deployment.yaml
  $ cat <<EOF > api/kustomization.yaml
  > resources:
  > - deployment.yaml
  > configMapGenerator:
  > - name: api-config
  >   literals:
  >   - MODE=fast
  > EOF
  $ kubectl apply -k api
  configmap/api-config-7kcm455446 created
  deployment.apps/api created
  $ sleep 30
  $ kubectl rollout restart -k api
  deployment.apps/api restarted
  error: configmaps "api-config-7kcm455446" restarting is not supported
  $ kubectl rollout status -k api
  Waiting for deployment "api" rollout to finish: 1 old replicas are pending termination...
  deployment "api" successfully rolled out
  error: no status viewer has been implemented for ConfigMap
  $ kubectl rollout history -k api
  deployment.apps/api 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  error: error retrieving history for "ConfigMap", no visitor method exists for { ConfigMap}
  $ kubectl set image -k api nginx=nginx:1.27
  deployment.apps/api image updated
  error: configmaps/api-config-7kcm455446 the object is not a pod or does not have a pod template: *v1.ConfigMap
  $ kubectl expose -k api --port=80 --dry-run=client
  service/api exposed (dry run)
  error: cannot expose a ConfigMap
auth reconcile builds the kustomization too.
  $ mkdir rbac
  $ cat <<EOF > rbac/role.yaml
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata:
  >   name: pod-reader
  >   namespace: default
  > rules:
  > - apiGroups: [""]
  >   resources: ["pods"]
  >   verbs: ["get", "list"]
  > EOF
  $ cat <<EOF > rbac/kustomization.yaml
  > resources:
  > - role.yaml
  > EOF
  $ kubectl auth reconcile -k rbac
  role.rbac.authorization.k8s.io/pod-reader reconciled
  	reconciliation required create
  	missing rules added:
  		{Verbs:[get list] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
What kubectl refuses: -f with -k, -k with -R (both at once, one a line), a directory without a
kustomization (get, describe, rollout restart, pause and resume print it without 'error: ',
scale after its own words), and resource arguments beside -k. set env counts only -f as
naming objects.
  $ kubectl label -f web/deployment.yaml -k web tier=back
  error: only one of -f or -k can be specified
  $ kubectl label -k web -R tier=back
  error: the -k flag can't be used with -f or -R
  $ kubectl apply -k web -R
  error: the -k flag can't be used with -f or -R
  $ kubectl rollout pause -f web/deployment.yaml -k web -R
  only one of -f or -k can be specified
  the -k flag can't be used with -f or -R
  $ mkdir empty
  $ kubectl patch -k empty -p '{}'
  error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl rollout restart -k empty
  unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl rollout status -k empty
  error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl get -k empty
  unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl describe -k empty
  unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl scale -k empty --replicas=1
  error: no objects passed to scale unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl auth reconcile -k empty
  error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/empty'
  $ kubectl patch -k web deployment web -p '{}'
  error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
  $ kubectl rollout restart -k web deployment/web
  error: resource/name arguments cannot be provided when a path is specified
  $ kubectl label -k web deployment web tier=back
  error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
  $ kubectl set env -k web MODE=fast
  error: one or more resources must be specified as <resource> <name> or <resource>/<name>
  $ kubectl wait -k web --for=condition=Available
  error: unknown shorthand flag: 'k' in -k
  See 'kubectl wait --help' for usage.
  $ kubectl apply set-last-applied -k web
  error: unknown shorthand flag: 'k' in -k
  See 'kubectl apply set-last-applied --help' for usage.
  $ kubectl label --help | grep -- --kustomize
    -k, --kustomize=''      A kustomization directory whose built objects are used instead
