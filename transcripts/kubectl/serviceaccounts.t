Every namespace has a default ServiceAccount: kube-controller-manager's ServiceAccounts
controller creates it right after the namespace, and puts it back when it is deleted. Pods run
as it unless they name another account, which must exist: the apiserver's ServiceAccount
admission refuses the pod otherwise, and a Deployment's ReplicaSet reports the same refusal.
  $ kubectl get sa -A
  NAMESPACE            NAME                                          SECRETS   AGE
  default              default                                       0         46h
  kube-node-lease      default                                       0         46h
  kube-public          default                                       0         46h
  kube-system          attachdetach-controller                       0         46h
  kube-system          bootstrap-signer                              0         46h
  kube-system          calico-cni-plugin                             0         46h
  kube-system          calico-kube-controllers                       0         46h
  kube-system          canal                                         0         46h
  kube-system          certificate-controller                        0         46h
  kube-system          clusterrole-aggregation-controller            0         46h
  kube-system          coredns                                       0         46h
  kube-system          cronjob-controller                            0         46h
  kube-system          daemon-set-controller                         0         46h
  kube-system          default                                       0         46h
  kube-system          deployment-controller                         0         46h
  kube-system          disruption-controller                         0         46h
  kube-system          endpoint-controller                           0         46h
  kube-system          endpointslice-controller                      0         46h
  kube-system          endpointslicemirroring-controller             0         46h
  kube-system          ephemeral-volume-controller                   0         46h
  kube-system          expand-controller                             0         46h
  kube-system          generic-garbage-collector                     0         46h
  kube-system          horizontal-pod-autoscaler                     0         46h
  kube-system          job-controller                                0         46h
  kube-system          kube-proxy                                    0         46h
  kube-system          legacy-service-account-token-cleaner          0         46h
  kube-system          metrics-server                                0         46h
  kube-system          namespace-controller                          0         46h
  kube-system          node-controller                               0         46h
  kube-system          persistent-volume-binder                      0         46h
  kube-system          pod-garbage-collector                         0         46h
  kube-system          pv-protection-controller                      0         46h
  kube-system          pvc-protection-controller                     0         46h
  kube-system          replicaset-controller                         0         46h
  kube-system          replication-controller                        0         46h
  kube-system          resourcequota-controller                      0         46h
  kube-system          root-ca-cert-publisher                        0         46h
  kube-system          service-account-controller                    0         46h
  kube-system          statefulset-controller                        0         46h
  kube-system          token-cleaner                                 0         46h
  kube-system          ttl-after-finished-controller                 0         46h
  kube-system          ttl-controller                                0         46h
  kube-system          validatingadmissionpolicy-status-controller   0         46h
  local-path-storage   default                                       0         46h
  local-path-storage   local-path-provisioner-service-account        0         46h
  $ kubectl create namespace team
  namespace/team created
  $ kubectl get sa -n team
  NAME      SECRETS   AGE
  default   0         0s
  $ kubectl delete sa default -n team
  serviceaccount "default" deleted
  $ kubectl get sa -n team
  NAME      SECRETS   AGE
  default   0         0s
  $ kubectl run web --image=nginx -n team
  pod/web created
  $ kubectl get pod web -n team -o jsonpath='{.spec.serviceAccountName}{"\n"}'
  default
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: bot
  >   namespace: team
  > spec:
  >   serviceAccountName: robot
  >   containers:
  >   - name: bot
  >     image: nginx
  > EOF
  Error from server (Forbidden): error when creating "STDIN": pods "bot" is forbidden: error looking up service account team/robot: serviceaccount "robot" not found
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: bots
  >   namespace: team
  > spec:
  >   selector:
  >     matchLabels:
  >       app: bots
  >   template:
  >     metadata:
  >       labels:
  >         app: bots
  >     spec:
  >       serviceAccountName: robot
  >       containers:
  >       - name: bot
  >         image: nginx
  > EOF
  deployment.apps/bots created
  $ kubectl get rs -n team
  NAME              DESIRED   CURRENT   READY   AGE
  bots-7d794cf4b4   1         0         0       0s
  $ kubectl get events -n team --field-selector reason=FailedCreate
  LAST SEEN   TYPE      REASON         OBJECT                       MESSAGE
  0s          Warning   FailedCreate   replicaset/bots-7d794cf4b4   Error creating: pods "bots-7d794cf4b4-" is forbidden: error looking up service account team/robot: serviceaccount "robot" not found
  $ kubectl create serviceaccount robot -n team
  serviceaccount/robot created
  $ sleep 10
  $ kubectl get sa,pods -n team
  NAME                     SECRETS   AGE
  serviceaccount/default   0         10s
  serviceaccount/robot     0         10s
  
  NAME                        READY   STATUS    RESTARTS   AGE
  pod/bots-7d794cf4b4-l8cfq   1/1     Running   0          10s
  pod/web                     1/1     Running   0          10s
  $ kubectl apply -f - <<EOF
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: bot
  >   namespace: team
  > spec:
  >   serviceAccountName: robot
  >   containers:
  >   - name: bot
  >     image: nginx
  > EOF
  pod/bot created
