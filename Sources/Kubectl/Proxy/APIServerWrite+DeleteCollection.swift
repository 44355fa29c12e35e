import Cluster
import KubeAPI

/// `DELETE` of a collection (`deletecollection`): the generic registry lists what the request
/// covers (the query's `labelSelector` and `fieldSelector`, refused as a list refuses them),
/// deletes each item with the request's options, and answers with the list as it read it,
/// before any deletion. Only resources whose discovery lists the verb serve it.
extension APIServerWrite {
    func deleteCollection(_ type: ResourceType, namespace: String?, query: String, options: String) throws(APIError) -> Answer {
        let items = try cluster.list(
            type, namespace: namespace, labelSelector: Self.queryValue("labelSelector", in: query),
            fieldSelector: Self.queryValue("fieldSelector", in: query))
        let options = try DeleteOptionsBody(options, query: self.options)
        let listed = APIServerRead.listed(items, type: type, cluster: cluster)
        if !options.dryRun {
            for item in items {
                do throws(APIError) {
                    _ = try cluster.delete(
                        type, namespace: item.namespace, name: item.name, gracePeriodSeconds: options.gracePeriodSeconds,
                        propagationPolicy: options.propagationPolicy)
                } catch where error.code == 404 {
                    continue
                }
            }
        }
        return Answer(object: listed)
    }
}
