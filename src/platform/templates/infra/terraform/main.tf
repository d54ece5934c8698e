# A starting point: the names every environment uses. Add the registry and the cluster here
# with your cloud's provider (declare it in versions.tf), or reference existing ones.
locals {
  image_repository = "${var.registry}/${var.service_name}"
  namespaces       = { for environment in var.environments : environment => "${var.service_name}-${environment}" }
}
