kubectl reads its kubeconfig from the files each time it runs, as client-go's loading rules say:
--kubeconfig alone, else the files $KUBECONFIG lists, else ~/.kube/config. Edits, copies and
removals take effect; config changes are written back to the file they came from. Error texts
checked against kubectl.1.32 with the same files.
  $ sed -i 's/    user: kubernetes-admin/    user: kubernetes-admin\n    namespace: kube-system/' ~/.kube/config
  $ kubectl get deploy
  NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
  calico-kube-controllers   1/1     1            1           46h
  coredns                   2/2     2            2           46h
  metrics-server            1/1     1            1           46h
  $ cp ~/.kube/config ~/admin.conf
  $ kubectl config unset contexts.kubernetes-admin@tk8s.namespace
  Property "contexts.kubernetes-admin@tk8s.namespace" unset.
  $ kubectl get deploy
  No resources found in default namespace.
  $ export KUBECONFIG=~/admin.conf
  $ kubectl get deploy
  NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
  calico-kube-controllers   1/1     1            1           46h
  coredns                   2/2     2            2           46h
  metrics-server            1/1     1            1           46h
  $ kubectl config set-context --current --namespace=kube-public
  Context "kubernetes-admin@tk8s" modified.
  $ grep namespace ~/admin.conf ~/.kube/config
  /home/bigred/admin.conf:    namespace: kube-public
  $ unset KUBECONFIG
  $ kubectl --kubeconfig=/tmp/none get pods
  error: stat /tmp/none: no such file or directory
  $ kubectl --kubeconfig=/tmp/none config set-cluster lab --server=https://172.22.0.1:6443
  Cluster "lab" set.
  $ cat /tmp/none
  apiVersion: v1
  clusters:
  - cluster:
      server: https://172.22.0.1:6443
    name: lab
  contexts: null
  current-context: ""
  kind: Config
  preferences: {}
  users: null
  $ mv ~/.kube/config ~/.kube/config.old
  $ kubectl config view
  apiVersion: v1
  clusters: null
  contexts: null
  current-context: ""
  kind: Config
  preferences: {}
  users: null
  $ echo 'clusters: 5' > ~/.kube/config
  $ kubectl get pods
  error: error loading config file "/home/bigred/.kube/config": json: cannot unmarshal number into Go struct field Config.clusters of type []v1.NamedCluster
  $ echo 'foo: [' > ~/.kube/config
  $ kubectl config view
  error: error loading config file "/home/bigred/.kube/config": yaml: line 1: did not find expected node content
  $ mv ~/.kube/config.old ~/.kube/config
  $ kubectl get ns default
  NAME      STATUS   AGE
  default   Active   46h
