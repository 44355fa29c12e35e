kubectl set env and set resources change a pod template's containers; a Deployment then rolls
out new pods, and a change that changes nothing prints nothing.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl create configmap web-cfg --from-literal=color=blue --from-literal=log.level=debug
  configmap/web-cfg created
  $ sleep 20
  $ kubectl set env deployment/web MODE=fast LEVEL=3
  deployment.apps/web env updated
  $ kubectl set env deployment/web MODE=fast
  $ kubectl set env deployment web --from=configmap/web-cfg --prefix=APP_
  Warning: key color transferred to COLOR
  Warning: key log.level transferred to LOG_LEVEL
  deployment.apps/web env updated
  $ kubectl set env deployment/web --list
  # Deployment web, container nginx
  MODE=fast
  LEVEL=3
  # APP_COLOR from configmap web-cfg, key color
  # APP_LOG_LEVEL from configmap web-cfg, key log.level
  $ kubectl set env deployment/web LEVEL- --dry-run=client -o yaml | grep -A12 ' env:'
        - env:
          - name: MODE
            value: fast
          - name: APP_COLOR
            valueFrom:
              configMapKeyRef:
                key: color
                name: web-cfg
          - name: APP_LOG_LEVEL
            valueFrom:
              configMapKeyRef:
                key: log.level
                name: web-cfg
  $ kubectl set env deployment/web MODE=slow --overwrite=false
  error: deployments/web 'MODE' already has a value (fast), and --overwrite is false
  $ kubectl set env deployment/web -c sidecar A=1
  Warning: Deployment/web does not have any containers matching "sidecar"
  $ kubectl set env deployment/web 1A=1
  error: "1A" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')
  $ kubectl set env deployment/web A=1 A-
  error: can not both modify and remove the same environment variable in the same command
  $ kubectl set env deployment/web A=1 extra
  error: all resources must be specified before environment changes: deployment/web A=1 extra
  $ kubectl set env A=1
  error: one or more resources must be specified as <resource> <name> or <resource>/<name>
  $ kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m
  deployment.apps/web resource requirements updated
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'
  {"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}} (no-eol)
  $ kubectl set resources deployment web --requests=cpu=0.1
  $ kubectl set resources deployment web
  error: you must specify an update to requests or limits (in the form of --requests/--limits)
  $ kubectl set resources deployment web --limits=cpu
  error: Invalid argument syntax cpu, expected <resource>=<value>
  $ kubectl set resources deployment web --limits=cpu=lots
  error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
  $ kubectl set resources deployment web --limits=cpu=1 -c nginxx
  error: unable to find container named nginxx
  $ kubectl set resources service kubernetes --limits=cpu=1
  error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service
  $ kubectl set image deployment/web nginx=nginx:1.28 --limits=cpu=1
  error: unknown flag: --limits
  See 'kubectl set image --help' for usage.
  $ kubectl set env pod/goweb GREETING=hi
  error: failed to patch env update to pod template: Pod "goweb" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)
  $ kubectl rollout history deployment web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  3         <none>
  4         <none>
  
  $ sleep 60
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-54d7f8c95d   2         2         2       60s
  web-65d846d465   0         0         0       80s
  web-6754b78949   0         0         0       60s
  web-769d456556   0         0         0       60s
