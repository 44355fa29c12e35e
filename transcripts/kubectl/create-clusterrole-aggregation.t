kubectl create clusterrole --aggregation-rule makes an aggregated ClusterRole: its rules are left
empty (null) for the clusterrole-aggregation controller, and rule flags beside it are refused.
  $ kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true" --dry-run=client -o yaml
  aggregationRule:
    clusterRoleSelectors:
    - matchLabels:
        rbac.example.com/aggregate-to-monitoring: "true"
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    creationTimestamp: null
    name: monitoring
  rules: null
  $ kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true" --verb=get --resource=pods
  error: aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames
  $ kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring"
  error: invalid argument "rbac.example.com/aggregate-to-monitoring" for "--aggregation-rule" flag: malformed pair, expect string=string
  See 'kubectl create clusterrole --help' for usage.
  $ kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true"
  clusterrole.rbac.authorization.k8s.io/monitoring created
  $ kubectl get clusterrole monitoring -o yaml
  aggregationRule:
    clusterRoleSelectors:
    - matchLabels:
        rbac.example.com/aggregate-to-monitoring: "true"
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: monitoring
    resourceVersion: "165"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  rules: null
